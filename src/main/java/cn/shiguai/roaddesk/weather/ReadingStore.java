package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where readings go and where the engine's input for a day comes from. Times are local to the
 * district (Asia/Shanghai), as the engine reads them.
 */
public interface ReadingStore {

    /** Keeps a submission; returns it as it is now listed. Throws when it could not be kept. */
    ReadingRecord save(ReadingDraft draft, String enteredBy);

    /** The district's own readings, traffic reports and entered mean that bear on day D. */
    EvaluationInput inputFor(LocalDate day);

    /** Readings kept so far, newest observation first, at most {@code limit}. */
    List<ReadingRecord> recent(int limit);

    /** Every known location with its latest reading, if it has one. */
    List<LatestReading> latest();

    /** One location's readings observed in [from, to], oldest first. */
    List<Observation> history(String location, LocalDateTime from, LocalDateTime to);

    /** Traffic reports, newest first, at most {@code limit}. */
    List<TrafficRecord> recentTraffic(int limit);
}
