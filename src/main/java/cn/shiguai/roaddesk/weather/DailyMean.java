package cn.shiguai.roaddesk.weather;

import java.time.Instant;
import java.time.LocalDate;

/** The office's entered daily mean air temperature; a null value withdraws the entered mean. */
public record DailyMean(long id, LocalDate day, Double valueC, String enteredBy, Instant recordedAt, String note) {
}
