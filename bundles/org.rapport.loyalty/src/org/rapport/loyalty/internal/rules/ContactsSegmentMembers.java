package org.rapport.loyalty.internal.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentQuery;
import org.rapport.contacts.segments.SegmentService;

/**
 * Segment members from the contacts domain's {@link SegmentService}, evaluated by its database and kept for a minute:
 * a burst of events (an import of won deals, a day's birthdays) asks the database once per segment, not once per
 * event. Only registered when contacts is installed (this class needs its packages).
 */
@Component(service = SegmentMembers.class)
public class ContactsSegmentMembers implements SegmentMembers {

    static final Duration KEEP = Duration.ofMinutes(1);

    private record Evaluated(long[] ids, Instant at) {
    }

    private final SegmentService segments;
    private final Clock clock;
    private final Map<Long, Evaluated> cache = new ConcurrentHashMap<>();

    @Activate
    public ContactsSegmentMembers(@Reference SegmentService segments) {
        this(segments, Clock.systemUTC());
    }

    ContactsSegmentMembers(SegmentService segments, Clock clock) {
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public Optional<long[]> members(long segmentId) {
        Instant now = clock.instant();
        Evaluated known = cache.get(segmentId);
        if (known != null && known.at().plus(KEEP).isAfter(now)) {
            return Optional.of(known.ids());
        }
        Optional<Segment> segment = segments.segment(segmentId);
        if (segment.isEmpty()) {
            cache.remove(segmentId);
            return Optional.empty();
        }
        long[] ids = segments.ids(SegmentQuery.of(segment.get().getCriteria())).clone();
        Arrays.sort(ids);
        cache.put(segmentId, new Evaluated(ids, now));
        return Optional.of(ids);
    }
}
