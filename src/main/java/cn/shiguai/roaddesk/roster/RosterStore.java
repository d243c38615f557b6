package cn.shiguai.roaddesk.roster;

import java.time.LocalDate;

/** Where the roster is kept; every change is logged with who made it. */
public interface RosterStore {

    /** The roster with its whole history. */
    Roster roster();

    /** Ends the current holder's term the day before {@code start} and opens the new one. */
    void changeHolder(String positionKey, String person, LocalDate start, String note, String enteredBy);
}
