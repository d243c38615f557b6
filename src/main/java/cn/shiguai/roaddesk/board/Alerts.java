package cn.shiguai.roaddesk.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alerts nobody can miss: each urgent item of the board is raised once, shown again every few
 * minutes until someone acknowledges it, and never raised again once acknowledged. An alert
 * whose item left the board (the point reported, the report was issued) is withdrawn: nothing
 * waits any more. Pure and single-threaded (the desk calls it on the FX thread); the moment is
 * always given, so repeats are tested with a fixed clock.
 */
public final class Alerts {
    private final Map<String, Alert> open = new LinkedHashMap<>();
    private final Set<String> acknowledged = new HashSet<>();
    private String mutedFor;

    /**
     * An alert of one board item.
     *
     * @param raisedAt when it was first raised
     * @param shownAt  when it was last shown (raised or repeated)
     */
    public record Alert(BoardItem item, Instant raisedAt, Instant shownAt) { }

    /** A new board: its urgent items not yet alerted are raised now (returned, to be shown), the gone are withdrawn. */
    public List<Alert> update(Board board) {
        Set<String> onBoard = new HashSet<>();
        List<Alert> raised = new ArrayList<>();
        for (BoardItem item : board.items()) {
            onBoard.add(item.identity());
            if (item.urgent() && !open.containsKey(item.identity()) && !acknowledged.contains(item.identity())) {
                Alert alert = new Alert(item, board.at(), board.at());
                open.put(item.identity(), alert);
                raised.add(alert);
            }
        }
        open.keySet().retainAll(onBoard);
        return raised;
    }

    /** Acknowledged before this desk was built (read from the store): never raised again. */
    public void remember(java.util.Collection<String> acknowledgedBefore) {
        acknowledged.addAll(acknowledgedBefore);
        open.keySet().removeAll(acknowledgedBefore);
    }

    /** The open alerts last shown {@code every} ago or longer: shown again now (returned). */
    public List<Alert> repeatsDue(Instant now, Duration every) {
        List<Alert> due = new ArrayList<>();
        for (Map.Entry<String, Alert> e : open.entrySet()) {
            Alert a = e.getValue();
            if (!a.shownAt().plus(every).isAfter(now)) {
                Alert shown = new Alert(a.item(), a.raisedAt(), now);
                e.setValue(shown);
                due.add(shown);
            }
        }
        return due;
    }

    /** Everything open, first raised first. */
    public List<Alert> open() {
        return List.copyOf(open.values());
    }

    /** Mutes the sound for this officer's shift (null: sound on); a handover ends it by itself. */
    public void muteFor(String officer) {
        mutedFor = officer;
    }

    public boolean mutedFor(String officer) {
        return mutedFor != null && mutedFor.equals(officer);
    }

    /**
     * Someone acknowledged these (what was open when they said so, once the log has it): they
     * are closed and never raised again. One raised since stays open.
     */
    public void acknowledge(List<Alert> seen) {
        for (Alert a : seen) {
            acknowledged.add(a.item().identity());
            open.remove(a.item().identity());
        }
    }
}
