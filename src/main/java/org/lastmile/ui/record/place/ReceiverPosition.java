package org.lastmile.ui.record.place;

import java.util.Objects;
import java.util.Optional;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.receiver.ConnectionState;
import org.lastmile.gnss.receiver.ReceiverStatus;
import org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel;

/**
 * The record's place from the receiver chosen in the settings, the same one the sketch uses: its
 * last fix while it has one (a receiver that lost its fix gives nothing, rather than an old
 * position), with the fix's own σ or else the receiver's estimated accuracy.
 */
public final class ReceiverPosition implements PositionSource {

    private final ReceiverStatusViewModel status;

    public ReceiverPosition(ReceiverStatusViewModel status) {
        this.status = Objects.requireNonNull(status);
    }

    @Override
    public Optional<Fix> fix() {
        GnssFix f = status.lastFixProperty().get();
        ReceiverStatus now = status.statusProperty().get();
        if (f == null || !f.hasPosition() || now.state() != ConnectionState.FIX) {
            return Optional.empty();
        }
        double sigma = f.hasSigma() ? f.horizontalSigma() : now.estimatedAccuracy();
        return Optional.of(new Fix(f.longitude(), f.latitude(), sigma));
    }

    @Override
    public Optional<ReceiverStatusViewModel> receiver() {
        return Optional.of(status);
    }
}
