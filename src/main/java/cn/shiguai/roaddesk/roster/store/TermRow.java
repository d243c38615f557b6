package cn.shiguai.roaddesk.roster.store;

import java.time.Instant;
import java.time.LocalDate;

/** Who held a position from when to when; {@code endDate} null while current. */
public record TermRow(long id, String positionKey, String person, LocalDate startDate, LocalDate endDate, String note,
                      String enteredBy, Instant recordedAt) {

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }
}
