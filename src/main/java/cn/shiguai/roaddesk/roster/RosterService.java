package cn.shiguai.roaddesk.roster;

import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import java.time.LocalDate;

/**
 * Changes to the roster, checked by the pure model first (a new holder's start after the
 * current one's, no overlaps), then kept and announced.
 */
public final class RosterService {
    private final RosterStore store;
    private final ChangeBus changes;
    private final Seat seat;

    public RosterService(RosterStore store, ChangeBus changes) {
        this(store, changes, new Seat());
    }

    /** @param seat who is signed in: every change needs {@link Permission#MANAGE_ROSTER} */
    public RosterService(RosterStore store, ChangeBus changes, Seat seat) {
        this.seat = seat;
        this.store = store;
        this.changes = changes;
    }

    public Roster roster() {
        return store.roster();
    }

    public void changeHolder(String positionKey, String person, LocalDate start, String note, String enteredBy) {
        seat.require(Permission.MANAGE_ROSTER);
        store.roster().changeHolder(positionKey, person, start, note);
        store.changeHolder(positionKey, person.strip(), start, note, enteredBy);
        changes.publish(Change.ROSTER);
    }

    public void appointDutyOfficer(String person, LocalDate start, String note, String enteredBy) {
        seat.require(Permission.MANAGE_ROSTER);
        store.roster().appointDutyOfficer(person, start, note);
        store.appointDutyOfficer(person.strip(), start, note, enteredBy);
        changes.publish(Change.ROSTER);
    }

    public void endDutyOfficer(String person, LocalDate lastDay, String enteredBy) {
        seat.require(Permission.MANAGE_ROSTER);
        store.roster().endDutyOfficer(person, lastDay);
        store.endDutyOfficer(person.strip(), lastDay, enteredBy);
        changes.publish(Change.ROSTER);
    }
}
