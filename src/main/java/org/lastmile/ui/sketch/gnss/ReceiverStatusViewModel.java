package org.lastmile.ui.sketch.gnss;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.receiver.ConnectionState;
import org.lastmile.gnss.receiver.Receiver;
import org.lastmile.gnss.receiver.ReceiverListener;
import org.lastmile.gnss.receiver.ReceiverStatus;

/**
 * The receiver as the sketch screen shows it, always: connection, fix quality, accuracy and
 * satellites, and the last fix (for stake-out guidance). The receiver talks on its own thread;
 * everything here changes on the thread of {@code fx} (the FX thread in the app, the test's thread
 * in tests).
 */
public final class ReceiverStatusViewModel implements AutoCloseable {

    /** How the accuracy compares with the capture limit. */
    public enum Grade {
        /** No fix: nothing to capture. */
        NONE,
        /** Within the limit. */
        GOOD,
        /** Within twice the limit: averaging longer may still pass. */
        FAIR,
        /** Worse: capture is refused. */
        POOR
    }

    private final Receiver receiver;
    private final Executor fx;
    private final DoubleSupplier limitM;
    private final ReadOnlyObjectWrapper<ReceiverStatus> status = new ReadOnlyObjectWrapper<>(this, "status",
            ReceiverStatus.disconnected());
    private final ReadOnlyObjectWrapper<GnssFix> lastFix = new ReadOnlyObjectWrapper<>(this, "lastFix");
    private final ReadOnlyObjectWrapper<Grade> grade = new ReadOnlyObjectWrapper<>(this, "grade", Grade.NONE);
    private final ReceiverListener listener = new ReceiverListener() {
        @Override
        public void onFix(GnssFix fix) {
            ReceiverStatus now = receiver.status();
            fx.execute(() -> {
                if (fix.hasPosition()) {
                    lastFix.set(fix);
                }
                show(now);
            });
        }

        @Override
        public void onStatus(ReceiverStatus now) {
            fx.execute(() -> show(now));
        }
    };

    /**
     * @param limitM the horizontal σ in metres above which a capture is refused (the setting)
     */
    public ReceiverStatusViewModel(Receiver receiver, Executor fx, DoubleSupplier limitM) {
        this.receiver = Objects.requireNonNull(receiver);
        this.fx = Objects.requireNonNull(fx);
        this.limitM = Objects.requireNonNull(limitM);
        receiver.addListener(listener);
        show(receiver.status());
    }

    private void show(ReceiverStatus now) {
        status.set(now);
        grade.set(grade(now, limitM.getAsDouble()));
    }

    /** The grade of a status against a limit (σ in metres). */
    public static Grade grade(ReceiverStatus s, double limit) {
        if (s.state() != ConnectionState.FIX || !Double.isFinite(s.estimatedAccuracy())) {
            return Grade.NONE;
        }
        if (s.estimatedAccuracy() <= limit) {
            return Grade.GOOD;
        }
        return s.estimatedAccuracy() <= 2 * limit ? Grade.FAIR : Grade.POOR;
    }

    public Receiver receiver() {
        return receiver;
    }

    public ReadOnlyObjectProperty<ReceiverStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GnssFix> lastFixProperty() {
        return lastFix.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Grade> gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    public double limitM() {
        return limitM.getAsDouble();
    }

    @Override
    public void close() {
        receiver.removeListener(listener);
    }
}
