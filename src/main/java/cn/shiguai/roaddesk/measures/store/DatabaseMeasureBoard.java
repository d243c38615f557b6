package cn.shiguai.roaddesk.measures.store;

import cn.shiguai.roaddesk.measures.CatalogueItem;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.measures.Share;
import cn.shiguai.roaddesk.roster.Position;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.Term;
import cn.shiguai.roaddesk.roster.store.RosterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the response in force owes, read from the assignments of its latest decision, each with
 * its latest status report and the person holding the position today.
 */
public final class DatabaseMeasureBoard implements MeasureBoard {
    private final AssignmentRepository assignments;
    private final RosterRepository roster;
    private final MeasureCatalogue catalogue;
    private final Supplier<Optional<Long>> latestDecision;
    private final Clock clock;
    private final ZoneId zone;

    /** @param latestDecision the latest decision of the response in force, if one is in force */
    public DatabaseMeasureBoard(AssignmentRepository assignments, RosterRepository roster, MeasureCatalogue catalogue,
                                Supplier<Optional<Long>> latestDecision, Clock clock, ZoneId zone) {
        this.assignments = assignments;
        this.roster = roster;
        this.catalogue = catalogue;
        this.latestDecision = latestDecision;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<OwedItem> owed() {
        Optional<Long> decision = latestDecision.get();
        if (decision.isEmpty()) {
            return List.of();
        }
        List<AssignmentRow> rows = assignments.forDecision(decision.get());
        Map<Long, StatusUpdateRow> latest = assignments.latestUpdates(rows.stream().map(AssignmentRow::id).toList());
        Roster r = roster.roster();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return rows.stream().map(a -> {
            CatalogueItem item = catalogue.item(a.itemKey()).orElseThrow();
            Position position = r.requirePosition(a.positionKey());
            String holder = r.holderOn(a.positionKey(), today).map(Term::person).orElse("");
            StatusUpdateRow update = latest.get(a.id());
            return new OwedItem(a.id(), a.positionKey(), position.title(), position.sortOrder(), holder,
                    "LEAD".equals(a.role()) ? Share.LEAD : Share.SUPPORTING, item.id(), item.title(), item.text(),
                    update == null ? MeasureStatus.NOT_STARTED : MeasureStatus.valueOf(update.status()),
                    update == null ? null : update.reportedAt(), update == null ? null : update.reportedBy(),
                    update == null ? null : update.note(), a.addedAt(), update == null ? null : update.recordedAt(),
                    update == null ? OwedItem.NO_UPDATE : update.id());
        }).toList();
    }

    @Override
    public void update(StatusReport report, long basedOn) {
        assignments.reportOver(basedOn, report.assignmentId(), report.status().name(), report.reportedBy(),
                report.enteredBy(), report.reportedAt(), report.note());
    }
}
