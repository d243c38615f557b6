package cn.shiguai.roaddesk.upper;

import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The upper levels' responses: recorded as announced, and which are in force. Nothing here
 * reads or writes the district's response; the district decides its own level (§五 duty 1 asks
 * the office to carry out the upper levels' decisions, not to take their level as its own).
 */
public final class UpperLevels implements UpperLevelsInForce {
    /** Newest first: the later effect, then the later record (a correction entered afterwards). */
    private static final Comparator<UpperResponse> NEWEST = Comparator.comparing(UpperResponse::since)
            .thenComparingLong(UpperResponse::id).reversed();
    private static final Comparator<UpperResponse> SHOWN = Comparator.comparing(UpperResponse::level).reversed()
            .thenComparing(UpperResponse::announcedBy);

    private final UpperResponseStore store;
    private final ChangeBus changes;
    private final Seat seat;

    public UpperLevels(UpperResponseStore store, ChangeBus changes) {
        this(store, changes, new Seat());
    }

    /** @param seat who is signed in: recording an upper level's response needs {@link Permission#ENTER_RECORDS} */
    public UpperLevels(UpperResponseStore store, ChangeBus changes, Seat seat) {
        this.store = store;
        this.changes = changes;
        this.seat = seat;
    }

    /** Records an announcement and its log entry; off the FX thread. */
    public UpperResponse record(UpperAnnouncement announcement, String enteredBy) {
        seat.require(Permission.ENTER_RECORDS);
        UpperResponse recorded = store.record(announcement, enteredBy);
        changes.publish(Change.UPPER_LEVELS);
        changes.publish(Change.LOG);
        return recorded;
    }

    @Override
    public List<UpperResponse> at(Instant moment) {
        Map<String, UpperResponse> newest = new LinkedHashMap<>();
        store.effectiveAt(moment).stream().sorted(NEWEST).forEach(r -> newest.putIfAbsent(r.announcedBy(), r));
        return newest.values().stream().filter(r -> !r.ends()).sorted(SHOWN).toList();
    }
}
