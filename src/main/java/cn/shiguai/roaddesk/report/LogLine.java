package cn.shiguai.roaddesk.report;

import java.time.Instant;
import java.util.Objects;

/**
 * A notable duty log entry of the period, as printed in the daily report.
 *
 * @param category the category's name as the log shows it (来电, 指令, 响应决定, …)
 */
public record LogLine(Instant time, String category, String author, String text) {
    public LogLine {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
