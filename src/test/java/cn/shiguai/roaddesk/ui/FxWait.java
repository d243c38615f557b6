package cn.shiguai.roaddesk.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** How the headless screen tests wait for the desk: on a condition, never for a time. */
final class FxWait {
    private static final int TIMEOUT_SECONDS = 20;

    private FxWait() {
    }

    /** Until the condition holds, then until the FX thread has finished the update it may be half-way through. */
    static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The same; a timeout says what was seen instead, so a failure in CI can be read. */
    static void until(BooleanSupplier condition, java.util.function.Supplier<String> seen) {
        try {
            until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; seen: " + seen.get(), e);
        }
    }
}
