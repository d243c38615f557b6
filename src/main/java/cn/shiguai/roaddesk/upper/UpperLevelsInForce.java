package cn.shiguai.roaddesk.upper;

import java.time.Instant;
import java.util.List;

/**
 * The port through which the header, the documents and the commands read the upper levels'
 * responses in force: per level of government, its newest announcement (by the time it takes
 * effect, then by when it was recorded) that had taken effect and had been recorded at the
 * moment asked about, unless that announcement ended the response. Off the FX thread.
 */
@FunctionalInterface
public interface UpperLevelsInForce {

    /** The responses in force at {@code moment}, the most severe first, then by who announced them. */
    List<UpperResponse> at(Instant moment);
}
