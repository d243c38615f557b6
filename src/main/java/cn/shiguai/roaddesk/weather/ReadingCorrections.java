package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.TrafficReport;
import java.time.LocalDate;

/**
 * Putting readings, traffic reports and entered daily means right without breaking the trail:
 * a correction is a new record that replaces the old one, a withdrawal a record that names it;
 * both say why, both are logged, and the old record stays, no longer counted.
 */
public interface ReadingCorrections {

    /** A new reading in place of {@code readingId}; refused when that one was already replaced or withdrawn. */
    ReadingRecord correct(long readingId, ReadingDraft corrected, String reason, String by);

    void withdraw(long readingId, String reason, String by);

    TrafficRecord correctTraffic(long reportId, TrafficReport corrected, String reason, String by);

    void withdrawTraffic(long reportId, String reason, String by);

    /** The day's entered mean put right; {@code valueC} null withdraws it (the readings' mean applies again). */
    void correctMean(LocalDate day, Double valueC, String reason, String by);
}
