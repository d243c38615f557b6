package cn.shiguai.roaddesk.roster.store;

import cn.shiguai.roaddesk.roster.Term;
import cn.shiguai.roaddesk.roster.TermRole;
import java.time.Instant;
import java.time.LocalDate;

/** Who held a position from when to when; {@code endDate} null while current. */
public record TermRow(long id, String positionKey, String person, LocalDate startDate, LocalDate endDate, String note,
                      TermRole role, String enteredBy, Instant recordedAt) {

    /** The term as the pure roster model holds it. */
    public Term term() {
        return new Term(positionKey, person, startDate, endDate, role, note);
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }
}
