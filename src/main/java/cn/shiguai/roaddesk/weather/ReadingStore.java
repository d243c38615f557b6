package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.EvaluationInput;
import java.time.LocalDate;
import java.util.List;

/**
 * Where readings go and where the engine's input for a day comes from. The window does not
 * know whether that is memory or the database.
 */
public interface ReadingStore {

    /** Keeps a submission; returns it as it is now listed. Throws when it could not be kept. */
    ReadingRecord save(ReadingDraft draft, String enteredBy);

    /** The district's own readings, traffic reports and entered mean that bear on day D. */
    EvaluationInput inputFor(LocalDate day);

    /** Readings kept so far, newest first, at most {@code limit}. */
    List<ReadingRecord> recent(int limit);
}
