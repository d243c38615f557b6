package cn.shiguai.roaddesk.roster.store;

import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.RosterStore;
import java.time.LocalDate;

/** The roster kept in the database; each change with its duty-log entry. */
public final class DatabaseRosterStore implements RosterStore {
    private final RosterRepository repository;

    public DatabaseRosterStore(RosterRepository repository) {
        this.repository = repository;
    }

    @Override
    public Roster roster() {
        return repository.roster();
    }

    @Override
    public void changeHolder(String positionKey, String person, LocalDate start, String note, String enteredBy) {
        repository.changeHolder(positionKey, person, start, note, enteredBy);
    }

    @Override
    public void appointDutyOfficer(String person, LocalDate start, String note, String enteredBy) {
        repository.appointDutyOfficer(person, start, note, enteredBy);
    }

    @Override
    public void endDutyOfficer(String person, LocalDate lastDay, String enteredBy) {
        repository.endDutyOfficer(person, lastDay, enteredBy);
    }
}
