package cn.shiguai.roaddesk.roster.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.LogTexts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Seeds the roster from a roster file ({@code /roster/roster-2019.json}) on first start: only
 * when no position exists yet, so later changes of holder are never overwritten.
 */
public final class RosterSeed {
    public static final String DEFAULT_RESOURCE = "/roster/roster-2019.json";

    private final Database database;
    private final RosterRepository roster;
    private final DutyLog log;

    public RosterSeed(Database database, RosterRepository roster, DutyLog log) {
        this.database = database;
        this.roster = roster;
        this.log = log;
    }

    /** Seeds from the packaged file, if it is there; returns whether anything was seeded. */
    public boolean seedDefaultIfEmpty() {
        try (InputStream in = RosterSeed.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return in != null && seedIfEmpty(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean seedIfEmpty(InputStream json, String source) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        return database.write(txn -> {
            if (!RosterRepository.positions(txn).isEmpty()) {
                return false;
            }
            for (JsonNode p : root.path("positions")) {
                roster.addPosition(txn, new PositionRow(p.path("key").asText(), p.path("title").asText(),
                        p.path("groupRole").asText(), p.path("sortOrder").asInt(), p.path("memberUnit").asBoolean()));
            }
            int terms = 0;
            for (JsonNode t : root.path("terms")) {
                roster.addTerm(txn, t.path("position").asText(), t.path("person").asText(),
                        LocalDate.parse(t.path("start").asText()), t.path("note").asText(null), DutyLog.SYSTEM_AUTHOR);
                terms++;
            }
            log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.ROSTER, LogTexts.of("log.text.rosterSeeded",
                    root.path("version").asText(), source, root.path("positions").size(), terms)));
            return true;
        });
    }
}
