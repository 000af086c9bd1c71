package org.rapport.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** What {@link DomainEvents} tells other processes (team mode) through its {@link ChangeBroadcast}. */
class DomainEventsBroadcastTest {

    private static final String TOPIC = "org/rapport/test/tasks/CHANGED";

    private final DomainEvents events = new DomainEvents();
    private final List<CommittedChange> broadcast = new ArrayList<>();

    @Test
    void aCommittedChangeIsBroadcastWithItsIdsAndPeople() {
        events.setChangeBroadcast(broadcast::add);

        events.changed(TOPIC, List.of(1L, 2L), Arrays.asList(7L, null, 7L, 8L));

        assertEquals(List.of(new CommittedChange(TOPIC, List.of(1L, 2L), List.of(7L, 8L))), broadcast,
                "the same ids and people (once each) as the local events");
    }

    @Test
    void aBulkChangeIsBroadcastWithoutIdsOrPeopleAsLocally() {
        events.setChangeBroadcast(broadcast::add);
        List<Long> many = LongStream.rangeClosed(1, DomainEvents.PER_PERSON_LIMIT + 1).boxed().toList();

        events.changed(TOPIC, many, many);

        assertEquals(1, broadcast.size());
        assertTrue(broadcast.get(0).isBulk(), "other processes re-read everything, as this one's views do");
        assertEquals(List.of(), broadcast.get(0).personIds(), "no per-person events, as locally");
    }

    @Test
    void eventsPostedOnceStayInThisProcess() {
        events.setChangeBroadcast(broadcast::add);

        events.post(new Event("org/rapport/test/deals/WON", java.util.Map.of()));

        assertEquals(List.of(), broadcast, "a happening (a deal won) is acted on where it happened, not twice");
    }

    @Test
    void anUnboundBroadcastIsNotTold() {
        ChangeBroadcast unbound = broadcast::add;
        events.setChangeBroadcast(unbound);
        events.unsetChangeBroadcast(unbound);

        events.changed(TOPIC, List.of(1L), List.of());

        assertEquals(List.of(), broadcast);
    }
}
