package cn.shiguai.roaddesk.warnings;

import java.time.Instant;
import java.util.List;

/**
 * The port through which the board, the header and documents read the warning signals in force:
 * received, not expired at the moment given, neither replaced by an Update nor withdrawn by a
 * Cancel. Off the FX thread.
 */
@FunctionalInterface
public interface WarningsInForce {

    /** The signals in force at {@code now}, the highest colour first, then the newest. */
    List<WarningInForce> at(Instant now);
}
