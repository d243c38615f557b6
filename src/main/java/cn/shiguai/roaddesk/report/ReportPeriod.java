package cn.shiguai.roaddesk.report;

import java.time.Instant;
import java.util.Objects;

/** The hours a document reports on, e.g. 0时 to 18时 of the report's day; shown in the district's zone. */
public record ReportPeriod(Instant from, Instant to) {
    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(Instant time) {
        return !time.isBefore(from) && !time.isAfter(to);
    }
}
