package org.lastmile.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits and reads for the window tests, on the FX thread. A lookup from the test thread walks the
 * scene graph while the FX thread may be changing it (a background read delivering a screen's
 * rows, a panel made anew): it can miss a node that is there before and after, or fail outright;
 * and TestFX's {@code waitFor} does not retry a condition that threw. On the FX thread a look sees
 * the window between two FX turns, as the user does.
 */
public final class FxWait {

    private FxWait() {
    }

    /**
     * Until {@code condition}, evaluated on the FX thread, holds; then lets the FX thread run what
     * it queued meanwhile. The bound (3 min) only ends a wait that would never end.
     */
    public static void until(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        WaitForAsyncUtils.waitFor(3, TimeUnit.MINUTES, () -> WaitForAsyncUtils.asyncFx(condition)
                .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code read} run on the FX thread; what it throws is thrown here. */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(3, TimeUnit.MINUTES); // a hang's bound
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
