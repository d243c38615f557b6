package cn.shiguai.roaddesk.live;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;

/** Waiting on a condition with a deadline: the tests never sleep a fixed time to synchronise. */
final class Waits {
    private Waits() {
    }

    static void until(BooleanSupplier condition, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                Assertions.fail("not so within " + timeoutMillis + " ms");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L); // look again in 10 ms
        }
    }
}
