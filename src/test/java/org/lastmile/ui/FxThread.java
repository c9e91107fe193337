package org.lastmile.ui;

import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.testfx.api.FxToolkit;

/**
 * Runs each test (and its {@code @BeforeEach}/{@code @AfterEach}) on the JavaFX thread, starting
 * the toolkit once (headless Monocle, as surefire configures it) — but opening no window: view
 * models are tested without a screen. With a same-thread executor a {@code Task} then completes
 * before the call that started it returns, so a test reads its outcome on the next line.
 */
public final class FxThread implements InvocationInterceptor {

    private static final Object LOCK = new Object();
    private static boolean started;

    /** Starts the toolkit (once) without running anything on it. */
    public static void start() throws InterruptedException {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            // Through TestFX, so that the TestFX tests that run later in the same JVM find the
            // toolkit started the way they expect (their robot's input reaches the windows).
            try {
                FxToolkit.registerPrimaryStage();
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("JavaFX did not start", e);
            }
            started = true;
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        onFx(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        onFx(invocation);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        onFx(invocation);
    }

    private static void onFx(Invocation<Void> invocation) throws Throwable {
        start();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                invocation.proceed();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            // Bounded only so that a hang fails instead of stopping the build. A set-up that starts a
            // court (CA, SQLite, Flyway), opens the demo store and enrols over TLS took 74 s at load
            // 30 on two cores (AutoSyncTest), over the 60 s this was.
            done.get(3, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause();
        }
    }
}
