package cn.shiguai.roaddesk.handover;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.report.HandoverSheet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 交接班 with open items (issue 14, item 5). The outgoing officer writes a summary, logged with
 * every item open at that moment; the incoming officer, signed in by password, acknowledges each
 * item open when they take over, which is logged and filed as the handover sheet. Off the FX thread.
 */
public final class Handovers {
    /** Files the sheet with the documents and says under which number ("2026年第3期"). */
    @FunctionalInterface
    public interface SheetFiler {
        String file(HandoverSheet.Content content, String by);
    }

    private final Database database;
    private final DutyLog log;
    private final HandoverRepository repository;
    private final Seat seat;
    private final Clock clock;
    private final Supplier<List<String>> openItems;
    private final Supplier<String> levelInForce;
    private final SheetFiler sheets;
    private final Supplier<String> officerOnDuty;

    /**
     * @param openItems    what is open now, worded in the records' language, the most urgent first
     * @param levelInForce the response in force, as the sheet prints it
     * @param officerOnDuty who hands over when nobody signed in at the seat (a command, a test)
     */
    public Handovers(Database database, DutyLog log, Seat seat, Clock clock, Supplier<List<String>> openItems,
                     Supplier<String> levelInForce, SheetFiler sheets, Supplier<String> officerOnDuty) {
        this.officerOnDuty = officerOnDuty;
        this.database = database;
        this.log = log;
        this.repository = new HandoverRepository(database);
        this.seat = seat;
        this.clock = clock;
        this.openItems = openItems;
        this.levelInForce = levelInForce;
        this.sheets = sheets;
    }

    /** The items open now: what the outgoing officer hands over and the incoming one acknowledges. */
    public List<String> openItems() {
        return List.copyOf(openItems.get());
    }

    /** The note the last officer left for the next, if nobody has taken it over yet. */
    public Optional<HandoverNote> pending() {
        return repository.pending();
    }

    /** The outgoing officer's summary, logged with the items open now; the seat is then theirs to lock. */
    public HandoverNote handOver(String summary) {
        Actor outgoing = seat.require(Permission.ENTER_RECORDS);
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty()) {
            throw new HandoverException("handover.problem.summary");
        }
        List<String> items = openItems();
        Instant at = clock.instant();
        String who = outgoing.isSystem() ? officerOnDuty.get() : outgoing.words();
        String author = outgoing.isSystem() ? officerOnDuty.get() : outgoing.name();
        long id = database.write(txn -> {
            long note = repository.insertNote(txn, who, text, items, at);
            log.append(txn, LogDraft.of(author, LogCategory.NOTE,
                    RecordLanguage.text("handover.log.handedOver", who, text, items.size(), listed(items))));
            return note;
        });
        return new HandoverNote(id, who, text, items, at);
    }

    /**
     * The incoming officer takes over, having acknowledged each item: logged, and the sheet filed.
     * Refused when what is open now is not what they acknowledged (a point turned stale while
     * they read): they acknowledge the list again.
     *
     * @param incoming     the officer who signed in, not yet the seat's (the seat is locked until this is done)
     * @param note         the outgoing officer's note being taken over, if one was written
     * @param acknowledged the items the incoming officer ticked, as shown
     * @param spoken       what the outgoing officer said when they left no note; may be empty
     * @return the sheet's number
     */
    public String takeOver(Actor incoming, Optional<HandoverNote> note, List<String> acknowledged, String spoken) {
        requireAcknowledged(acknowledged);
        Instant at = clock.instant();
        String who = incoming.words();
        String summary = note.map(HandoverNote::summary).orElse(spoken == null ? "" : spoken.strip());
        String outgoing = note.map(HandoverNote::outgoing).orElse(RecordLanguage.text("handover.outgoingUnnamed"));
        database.write(txn -> {
            repository.insertTaken(txn, note.map(HandoverNote::id).orElse(null), who, acknowledged, at);
            return log.append(txn, LogDraft.of(incoming.name(), LogCategory.NOTE,
                    RecordLanguage.text("handover.log.takenOver", who, acknowledged.size(), listed(acknowledged))));
        });
        return sheets.file(new HandoverSheet.Content(outgoing, note.map(HandoverNote::writtenAt).orElse(at), summary,
                who, at, acknowledged, levelInForce.get()), incoming.name());
    }

    /**
     * Refuses unless every item open now was acknowledged: asked before the incoming officer is
     * given the seat, so a refusal leaves it locked, and again when the handover is written.
     */
    public void requireAcknowledged(List<String> acknowledged) {
        List<String> open = openItems();
        if (!acknowledged.containsAll(open)) {
            throw new HandoverException(acknowledged.size() < open.size() && open.containsAll(acknowledged)
                    ? "handover.problem.unacknowledged" : "handover.problem.changed");
        }
    }

    /** "1. 白狐沟 已 3 小时未报告；2. …", or "无". */
    static String listed(List<String> items) {
        if (items.isEmpty()) {
            return RecordLanguage.text("handover.items.none");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "；").append(i + 1).append(". ").append(items.get(i));
        }
        return text.toString();
    }
}
