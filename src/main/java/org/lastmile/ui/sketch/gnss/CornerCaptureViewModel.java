package org.lastmile.ui.sketch.gnss;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.common.MessageKeyed;
import org.lastmile.gnss.average.AveragedPosition;
import org.lastmile.gnss.average.AveragingException;
import org.lastmile.gnss.average.AveragingSettings;
import org.lastmile.gnss.average.CornerAverager;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.receiver.ReceiverListener;
import org.lastmile.gnss.receiver.ReceiverStatus;

/**
 * Captures one corner from the receiver by averaging ({@link CornerAverager}): start while standing
 * on it, watch the fixes count up and σ fall, and the position is taken when the settings' count or
 * time is reached (or at once with {@link #finishNow()}). Refused, with a reason, when the receiver
 * has no fix, when its accuracy now is worse than the limit, or when the average is (the
 * averager's own check).
 */
public final class CornerCaptureViewModel {

    private final ReceiverStatusViewModel receiver;
    private final Executor fx;
    private final AveragingSettings settings;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyDoubleWrapper sigma = new ReadOnlyDoubleWrapper(this, "sigma", Double.NaN);
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private CornerAverager averager;
    private Consumer<AveragedPosition> onCaptured;
    private final ReceiverListener listener = new ReceiverListener() {
        @Override
        public void onFix(GnssFix fix) {
            Executor hand = fx;
            hand.execute(() -> offer(fix));
        }
    };

    public CornerCaptureViewModel(ReceiverStatusViewModel receiver, Executor fx, AveragingSettings settings) {
        this.receiver = Objects.requireNonNull(receiver);
        this.fx = Objects.requireNonNull(fx);
        this.settings = Objects.requireNonNull(settings);
    }

    public AveragingSettings settings() {
        return settings;
    }

    /**
     * Starts averaging; {@code captured} gets the position when it is complete.
     *
     * @return false, with {@link #problemProperty()} saying why, when capture is refused now
     */
    public boolean start(Consumer<AveragedPosition> captured) {
        ReceiverStatus now = receiver.statusProperty().get();
        ReceiverStatusViewModel.Grade grade = ReceiverStatusViewModel.grade(now, settings.maxSigma());
        if (running.get()) {
            return refuse(new MessageKey(CaptureProblem.BUSY.messageKey()));
        }
        if (grade == ReceiverStatusViewModel.Grade.NONE) {
            return refuse(new MessageKey(CaptureProblem.NO_FIX.messageKey()));
        }
        if (grade != ReceiverStatusViewModel.Grade.GOOD && !settings.allowPoorAccuracy()) {
            return refuse(new MessageKey(CaptureProblem.ACCURACY.messageKey(), now.estimatedAccuracy(), settings.maxSigma()));
        }
        problem.set(null);
        onCaptured = Objects.requireNonNull(captured);
        averager = new CornerAverager(settings);
        progress.set(0);
        sigma.set(Double.NaN);
        running.set(true);
        receiver.receiver().addListener(listener);
        return true;
    }

    private boolean refuse(MessageKeyed why) {
        problem.set(why);
        return false;
    }

    private void offer(GnssFix fix) {
        if (!running.get()) {
            return;
        }
        averager.offer(fix);
        progress.set(Math.min(1, (double) averager.kept() / settings.targetFixes()));
        if (averager.kept() > 0) {
            sigma.set(averager.estimate().sigmaHorizontal());
        }
        if (averager.isComplete()) {
            finishNow();
        }
    }

    /** Takes the position from the fixes so far (the averager still refuses too few or too poor ones). */
    public void finishNow() {
        if (!running.get()) {
            return;
        }
        stop();
        try {
            AveragedPosition position = averager.capture();
            onCaptured.accept(position);
        } catch (AveragingException e) {
            problem.set(new MessageKey(e.messageKey(), e.messageArgs()));
        }
    }

    /** Stops without a position. */
    public void cancel() {
        stop();
    }

    private void stop() {
        receiver.receiver().removeListener(listener);
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share of the target count of fixes collected, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Horizontal σ of the average so far, metres (NaN before the first fix). */
    public ReadOnlyDoubleProperty sigmaProperty() {
        return sigma.getReadOnlyProperty();
    }

    /** Why the last capture was refused, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
