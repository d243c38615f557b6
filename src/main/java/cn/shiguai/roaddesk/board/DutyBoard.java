package cn.shiguai.roaddesk.board;

import cn.shiguai.roaddesk.board.BoardItem.Kind;
import cn.shiguai.roaddesk.board.BoardItem.Place;
import cn.shiguai.roaddesk.dutylog.OpenCallback;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.store.IssuedSummary;
import cn.shiguai.roaddesk.situation.ActiveResponse;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.weather.LatestReading;
import cn.shiguai.roaddesk.weather.LocationKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 值班看板: everything that needs the duty officer now, in one list — the recommendation against
 * the level in force, points gone quiet, measures waiting too long or impossible, calls to
 * return, documents due, warning signals in force. It reads the one situation and what the features keep; it is pure (the
 * caller reads the sources and gives the moment), so it is tested with a fixed clock.
 */
public final class DutyBoard {
    /** A document due is listed this long before its time, so it can be prepared. */
    static final Duration DOCUMENT_NOTICE = Duration.ofMinutes(60);

    /** The identity of a question to start at discretion begins so, followed by the signal's id. */
    public static final String CONSIDER = "consider:";

    private final ZoneId zone;

    public DutyBoard(ZoneId zone) {
        this.zone = zone;
    }

    public Board at(Instant now, Situation situation, BoardSources.Read read) {
        List<BoardItem> items = new ArrayList<>();
        if (situation.recommendationDiffers()) {
            items.add(new BoardItem(Kind.RECOMMENDATION,
                    "recommendation:" + situation.recommendedLevel().code() + ":" + situation.activeLevel().code(),
                    true, situation.active().isPresent() ? "board.recommendation" : "board.recommendation.none",
                    List.of(situation.recommendedLevel(), situation.activeLevel()), Place.RESPONSE));
        }
        stalePoints(now, read, items);
        measures(now, situation, read, items);
        for (OpenCallback call : read.callbacks()) {
            boolean late = call.due().isBefore(now);
            items.add(new BoardItem(Kind.CALLBACK, (late ? "callback-late:" : "callback:") + call.callId(), late,
                    late ? "board.callback.late" : "board.callback",
                    List.of(call.call().caller(), call.due()), Place.DUTY_LOG));
        }
        situation.active().ifPresent(active -> documentsDue(now, active, read, items));
        warnings(now, read, items);
        for (BoardSources.SilentSource source : read.silent()) {
            // Not urgent: the points it feeds turn stale and alert by themselves; this says why.
            items.add(new BoardItem(Kind.SOURCE_SILENT, "source:" + source.name() + ":" + source.lastHeard(), false,
                    source.lastHeard() == null ? "board.source.never" : "board.source",
                    source.lastHeard() == null ? List.of(source.name(), source.every())
                            : List.of(source.name(), source.every(), source.lastHeard()), Place.SETTINGS));
        }
        // Urgent first; within each, in the order found (the kinds' order), which is stable.
        items.sort(Comparator.comparing((BoardItem i) -> !i.urgent()));
        return new Board(now, items);
    }

    /** Points of the district only: a neighbour's point informs and is never owed (§七(一)). */
    private void stalePoints(Instant now, BoardSources.Read read, List<BoardItem> items) {
        Duration staleAfter = Duration.ofHours(read.settings().staleHours());
        for (LatestReading point : read.points()) {
            if (point.kind() != LocationKind.DISTRICT || point.latest() == null) {
                continue;
            }
            Instant observed = point.latest().draft().observation().time().atZone(zone).toInstant();
            Duration age = Duration.between(observed, now);
            if (age.compareTo(staleAfter) > 0) {
                items.add(new BoardItem(Kind.STALE_POINT, "stale:" + point.location() + ":" + point.latest().id(),
                        true, "board.stale", List.of(point.location(), observed, age), Place.READINGS));
            }
        }
    }

    /**
     * A measure waits from the start of the level in force (§八: the level's measures are owed
     * from its start), not from when its row was written: a decision entered an hour late owes
     * its measures since the decision.
     */
    private void measures(Instant now, Situation situation, BoardSources.Read read, List<BoardItem> items) {
        Duration wait = Duration.ofMinutes(read.settings().measureWaitMinutes());
        Instant levelSince = situation.active().map(ActiveResponse::levelSince).orElse(null);
        for (OwedItem item : read.owed()) {
            if (item.status() == MeasureStatus.CANNOT) {
                items.add(new BoardItem(Kind.MEASURE_CANNOT, "cannot:" + item.assignmentId() + ":" + item.lastUpdate(),
                        // A standing task has a key (T.…), not a number of the plan: it is named by its title.
                        true, item.isTask() ? "board.cannot.task" : "board.cannot", List.of(item.itemId(), item.title(), item.positionTitle(),
                        item.note() == null ? "" : item.note()), Place.MEASURES));
            } else if (item.status() == MeasureStatus.NOT_STARTED && levelSince != null
                    && Duration.between(levelSince, now).compareTo(wait) > 0) {
                items.add(new BoardItem(Kind.MEASURE_WAITING, "waiting:" + item.assignmentId(), false,
                        item.isTask() ? "board.waiting.task" : "board.waiting", List.of(item.itemId(), item.title(), item.positionTitle(),
                        Duration.between(levelSince, now)), Place.MEASURES));
            }
        }
    }

    /**
     * The day's daily report by its time (§九(一)), listed an hour before and urgent after; a
     * report to superiors at every interval since the response started (§五 duty 4), satisfied
     * by one issued since the interval before.
     */
    private void documentsDue(Instant now, ActiveResponse active, BoardSources.Read read, List<BoardItem> items) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant dailyBy = today.atTime(read.settings().dailyReportBy()).atZone(zone).toInstant();
        boolean dailyIssued = issuedSince(read, DocumentKind.DAILY_REPORT, today.atStartOfDay(zone).toInstant());
        if (!dailyIssued && !now.isBefore(dailyBy.minus(DOCUMENT_NOTICE))) {
            boolean late = now.isAfter(dailyBy);
            items.add(new BoardItem(Kind.DOCUMENT_DUE, (late ? "daily-late:" : "daily:") + today, late,
                    late ? "board.document.late" : "board.document",
                    List.of(DocumentKind.DAILY_REPORT, dailyBy), Place.DOCUMENTS));
        }
        Duration every = Duration.ofHours(read.settings().superiorsEveryHours());
        long slots = Duration.between(active.since(), now).dividedBy(every);
        Instant lastDue = active.since().plus(every.multipliedBy(slots));
        if (slots >= 1 && !issuedSince(read, DocumentKind.SUPERIOR_REPORT, lastDue.minus(every))) {
            items.add(new BoardItem(Kind.DOCUMENT_DUE, "superiors-late:" + lastDue, true, "board.document.late",
                    List.of(DocumentKind.SUPERIOR_REPORT, lastDue), Place.DOCUMENTS));
            return;
        }
        Instant nextDue = lastDue.plus(every);
        if (!now.isBefore(nextDue.minus(DOCUMENT_NOTICE)) && !issuedSince(read, DocumentKind.SUPERIOR_REPORT, lastDue)) {
            items.add(new BoardItem(Kind.DOCUMENT_DUE, "superiors:" + nextDue, false, "board.document",
                    List.of(DocumentKind.SUPERIOR_REPORT, nextDue), Place.DOCUMENTS));
        }
    }

    /**
     * Each warning signal in force, by what it is; an orange or red 暴雪 or 道路结冰 signal is urgent
     * until the officer has answered whether to start at discretion, so it raises an alert once
     * (its own identity: an Update to it is a new signal and a new alert). Once answered, the
     * question leaves and the signal is listed like any other. A signal expired by the board's
     * moment is no longer listed.
     */
    private static void warnings(Instant now, BoardSources.Read read, List<BoardItem> items) {
        for (WarningInForce w : read.warnings()) {
            if (w.expires() != null && !w.expires().isAfter(now)) {
                continue;
            }
            String signal = w.kind().chinese() + w.colour().chinese();
            boolean consider = w.asksToConsiderStart() && !read.answered().contains(w.id());
            String key = consider ? "board.warning.consider" : w.expires() == null ? "board.warning.noExpiry"
                    : "board.warning";
            items.add(new BoardItem(Kind.WARNING, (consider ? CONSIDER : "warning:") + w.id(), consider, key,
                    w.expires() == null ? List.of(w.issuer(), signal) : List.of(w.issuer(), signal, w.expires()),
                    Place.READINGS));
        }
    }

    /** A document of the kind issued at or after the instant (a correction counts as issued when it was). */
    private static boolean issuedSince(BoardSources.Read read, DocumentKind kind, Instant since) {
        for (IssuedSummary d : read.issued()) {
            if (d.kind() == kind && !d.issuedAt().isBefore(since)) {
                return true;
            }
        }
        return false;
    }
}
