package org.lastmile.ui.record.sign;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves on by a fixed step each time it is read: every sample gets a later time. */
final class TickingClock extends Clock {

    private final AtomicLong millis;
    private final long step;

    TickingClock(Instant start, long stepMillis) {
        this.millis = new AtomicLong(start.toEpochMilli());
        this.step = stepMillis;
    }

    @Override
    public long millis() {
        return millis.getAndAdd(step);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
