package org.rapport.pipeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that shows whatever time it is set to: for back-dated demo histories and for tests. */
public final class SettableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public SettableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SettableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
