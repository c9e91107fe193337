package org.lastmile.app;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.lastmile.gnss.average.AveragingSettings;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.receiver.Receiver;
import org.lastmile.gnss.receiver.ReceiverChoice;
import org.lastmile.gnss.receiver.Scheduler;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.sketch.gnss.CornerCaptureViewModel;
import org.lastmile.ui.sketch.gnss.NoReceiverStrip;
import org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel;
import org.lastmile.ui.sketch.gnss.ReceiverStrip;

/**
 * The receiver of one sketch screen, made from the settings' choice when the screen opens and
 * closed with it: its status strip, corner capture and the position for stake-out guidance. With
 * no receiver chosen the strip says so and capture stays off.
 *
 * @param receiver the started receiver, if one is chosen
 * @param status its status for the screen
 * @param capture corner capture by averaging
 * @param strip the strip above the sketch (the receiver's or the "none chosen" one)
 */
record SketchReceiver(Optional<Receiver> receiver, Optional<ReceiverStatusViewModel> status,
        Optional<CornerCaptureViewModel> capture, Node strip) implements AutoCloseable {

    /**
     * @param fx runs status changes on the FX thread ({@code Platform::runLater})
     * @param threads runs the receiver's blocking reads
     */
    static SketchReceiver open(ReceiverChoice choice, ViewContext ui, Executor fx, Executor threads,
            Scheduler scheduler, Clock clock) {
        AveragingSettings averaging = AveragingSettings.defaults();
        Optional<Receiver> receiver = choice.open(threads, scheduler, clock);
        if (receiver.isEmpty()) {
            return new SketchReceiver(Optional.empty(), Optional.empty(), Optional.empty(), new NoReceiverStrip(ui).root());
        }
        ReceiverStatusViewModel status = new ReceiverStatusViewModel(receiver.get(), fx, averaging::maxSigma);
        CornerCaptureViewModel capture = new CornerCaptureViewModel(status, fx, averaging);
        Node strip = new ReceiverStrip(status, ui).root();
        receiver.get().start();
        return new SketchReceiver(receiver, Optional.of(status), Optional.of(capture), strip);
    }

    /** Where the receiver is now on the site's plane (its last fix with a position). */
    Supplier<Optional<PlanePoint>> position(Supplier<PlaneSystem> plane) {
        return () -> status.map(s -> s.lastFixProperty().get()).filter(GnssFix::hasPosition)
                .map(f -> plane.get().toPlane(f.longitude(), f.latitude()));
    }

    /** Threads that do not keep the application alive. */
    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        capture.ifPresent(CornerCaptureViewModel::cancel);
        status.ifPresent(ReceiverStatusViewModel::close);
        receiver.ifPresent(Receiver::close);
    }
}
