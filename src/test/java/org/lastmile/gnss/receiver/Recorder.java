package org.lastmile.gnss.receiver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lastmile.gnss.fix.GnssFix;

/** A listener that keeps what it heard. */
final class Recorder implements ReceiverListener {

    final List<GnssFix> fixes = new CopyOnWriteArrayList<>();
    final List<ReceiverStatus> statuses = new CopyOnWriteArrayList<>();

    @Override
    public void onFix(GnssFix fix) {
        fixes.add(fix);
    }

    @Override
    public void onStatus(ReceiverStatus status) {
        statuses.add(status);
    }

    List<GnssFix> positions() {
        return fixes.stream().filter(GnssFix::hasPosition).toList();
    }

    List<ConnectionState> states() {
        return statuses.stream().map(ReceiverStatus::state).distinct().toList();
    }

    ReceiverStatus last() {
        return statuses.get(statuses.size() - 1);
    }
}
