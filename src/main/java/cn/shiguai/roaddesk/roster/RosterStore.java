package cn.shiguai.roaddesk.roster;

import java.time.LocalDate;

/** Where the roster is kept; every change is logged with who made it, in the same transaction. */
public interface RosterStore {

    /** The roster with its whole history. */
    Roster roster();

    /** Ends the current holder's term the day before {@code start} and opens the new one. */
    void changeHolder(String positionKey, String person, LocalDate start, String note, String enteredBy);

    /** Adds a duty officer (值班员) to the emergency office from {@code start}. */
    void appointDutyOfficer(String person, LocalDate start, String note, String enteredBy);

    /** Ends a duty officer's term on {@code lastDay}. */
    void endDutyOfficer(String person, LocalDate lastDay, String enteredBy);
}
