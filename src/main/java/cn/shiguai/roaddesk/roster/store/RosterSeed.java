package cn.shiguai.roaddesk.roster.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.roster.Position;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.RosterLoader;
import cn.shiguai.roaddesk.roster.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    /** Seeds the roster file, checked by the roster model first, unless the roster already has positions. */
    public boolean seedIfEmpty(InputStream json, String source) throws IOException {
        Roster file = new RosterLoader().load(json, source);
        return database.write(txn -> {
            if (!RosterRepository.positions(txn).isEmpty()) {
                return false;
            }
            for (Position p : file.positions()) {
                roster.addPosition(txn, new PositionRow(p.key(), p.title(), p.groupRole().word(), p.sortOrder(),
                        p.memberUnit()));
            }
            for (Term t : file.terms()) {
                roster.addTerm(txn, t.positionKey(), t.person(), t.start(), t.end(), t.role(), t.note(),
                        DutyLog.SYSTEM_AUTHOR);
            }
            log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.ROSTER, RecordLanguage.text("log.text.rosterSeeded",
                    file.version(), source, file.positions().size(), file.terms().size())));
            return true;
        });
    }
}
