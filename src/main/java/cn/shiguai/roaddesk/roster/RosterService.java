package cn.shiguai.roaddesk.roster;

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

    public RosterService(RosterStore store, ChangeBus changes) {
        this.store = store;
        this.changes = changes;
    }

    public Roster roster() {
        return store.roster();
    }

    public void changeHolder(String positionKey, String person, LocalDate start, String note, String enteredBy) {
        store.roster().changeHolder(positionKey, person, start, note);
        store.changeHolder(positionKey, person.strip(), start, note, enteredBy);
        changes.publish(Change.ROSTER);
    }

    public void appointDutyOfficer(String person, LocalDate start, String note, String enteredBy) {
        store.roster().appointDutyOfficer(person, start, note);
        store.appointDutyOfficer(person.strip(), start, note, enteredBy);
        changes.publish(Change.ROSTER);
    }

    public void endDutyOfficer(String person, LocalDate lastDay, String enteredBy) {
        store.roster().endDutyOfficer(person, lastDay);
        store.endDutyOfficer(person.strip(), lastDay, enteredBy);
        changes.publish(Change.ROSTER);
    }
}
