package org.rapport.loyalty.internal.timeline;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;

/** The timeline classes as DS builds them, for tests in other packages (UTC days). */
public final class LoyaltyTimelineAccess {

    private LoyaltyTimelineAccess() {
    }

    /** Starts keeping the tier changes the events announce, as the product's component does. */
    public static void recordTierChanges(LoyaltyUnit unit, LoyaltyEvents events) {
        new TierChangeRecorder(unit, events, Clock.system(ZoneOffset.UTC));
    }

    /** The loyalty part of a person's timeline. */
    public static List<TimelineEntry> entries(LoyaltyUnit unit, TimelineQuery query) {
        return new LoyaltyTimeline(unit, ZoneOffset.UTC).entries(query);
    }
}
