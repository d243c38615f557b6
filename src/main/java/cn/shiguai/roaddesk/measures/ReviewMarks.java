package cn.shiguai.roaddesk.measures;

import java.time.Instant;
import java.util.Optional;

/** When each reader last looked at the measures in review mode, so changes since can be marked. */
public interface ReviewMarks {

    Optional<Instant> lastLook(String reader);

    void markLooked(String reader, Instant at);
}
