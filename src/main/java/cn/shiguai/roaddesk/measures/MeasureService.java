package cn.shiguai.roaddesk.measures;

import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import java.util.List;

/** Status reports on measures, checked (a note where one is owed) and announced. */
public final class MeasureService {
    private final MeasureBoard board;
    private final ChangeBus changes;
    private final Seat seat;

    public MeasureService(MeasureBoard board, ChangeBus changes) {
        this(board, changes, new Seat());
    }

    /** @param seat who is signed in: a status report needs {@link Permission#ENTER_RECORDS} */
    public MeasureService(MeasureBoard board, ChangeBus changes, Seat seat) {
        this.seat = seat;
        this.board = board;
        this.changes = changes;
    }

    public List<OwedItem> owed() {
        return board.owed();
    }

    public void update(OwedItem item, MeasureBoard.StatusReport report) {
        seat.require(Permission.ENTER_RECORDS);
        MeasureStatus.problemWith(item.status(), report.status(), report.note()).ifPresent(key -> {
            throw new IllegalArgumentException(key);
        });
        if (report.reportedBy() == null || report.reportedBy().isBlank()) {
            throw new IllegalArgumentException("measure.update.problem.reporter");
        }
        // The view the officer saw: a report over a newer one from another seat is refused, not lost.
        board.update(report, item.updateId());
        changes.publish(Change.MEASURES);
    }
}
