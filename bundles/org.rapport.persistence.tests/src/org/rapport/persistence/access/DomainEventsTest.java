package org.rapport.persistence.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.core.events.RapportTopics;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/** What a domain tells the rest of Rapport after a commit, through {@link DomainEvents}. */
class DomainEventsTest {

    private static final String TASKS_CHANGED = "org/rapport/test/tasks/CHANGED";

    @TempDir
    Path workspace;

    private StandaloneDatabase database;
    private UnitAccess unit;
    private final DomainEvents events = new DomainEvents();
    private final RecordingEventAdmin eventAdmin = new RecordingEventAdmin();

    @BeforeEach
    void open() {
        database = TestDatabases.create(workspace);
        unit = new UnitAccess(database, TestTask.unit(1));
        events.setEventAdmin(eventAdmin);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void listenersAreToldAfterTheCommitAndSeeTheCommittedChange() {
        List<String> seenByListener = new ArrayList<>();
        events.addListener(event -> {
            if (event.getTopic().equals(TASKS_CHANGED)) {
                // a listener that reads what changed, as the reminder scheduler does, in its own entity manager
                for (long id : DomainEvents.ids(event)) {
                    seenByListener.add(unit.read(em -> em.find(TestTask.class, id)).title());
                }
                seenByListener.add("eventAdmin had " + eventAdmin.posted.size());
            }
        });

        long id = unit.write(em -> {
            TestTask task = new TestTask("Send the quote");
            em.persist(task);
            return task.id();
        });
        events.changed(TASKS_CHANGED, List.of(id), List.of(101L));

        assertEquals(List.of("Send the quote", "eventAdmin had 0"), seenByListener,
                "the listener sees the committed task, before EventAdmin is given the event");
        assertEquals(List.of(TASKS_CHANGED, RapportTopics.TIMELINE_CHANGED), eventAdmin.topics());
        assertArrayEquals(new long[] { id }, (long[]) eventAdmin.posted.get(0).getProperty(DomainEvents.IDS));
        assertEquals(101L, eventAdmin.posted.get(1).getProperty(RapportTopics.PERSON_ID));
    }

    @Test
    void eachPersonConcernedGetsOneTimelineEvent() {
        events.changed(TASKS_CHANGED, List.of(1L, 2L, 3L), Arrays.asList(7L, null, 8L, 7L));

        assertEquals(List.of(TASKS_CHANGED, RapportTopics.TIMELINE_CHANGED, RapportTopics.TIMELINE_CHANGED),
                eventAdmin.topics());
        assertEquals(List.of(7L, 8L), eventAdmin.posted.subList(1, 3).stream()
                .map(e -> e.getProperty(RapportTopics.PERSON_ID)).toList());
    }

    @Test
    void aBulkChangeIsOneEventWithoutIdsButTheInBundleListenersGetEveryId() {
        List<Long> many = LongStream.rangeClosed(1, DomainEvents.PER_PERSON_LIMIT + 1).boxed().toList();
        List<Event> heard = new CopyOnWriteArrayList<>();
        events.addListener(heard::add);

        events.changed(TASKS_CHANGED, many, many);

        assertEquals(List.of(TASKS_CHANGED), eventAdmin.topics(), "no flood of timeline events");
        assertNull(eventAdmin.posted.get(0).getProperty(DomainEvents.IDS));
        assertEquals(0, DomainEvents.ids(eventAdmin.posted.get(0)).length, "subscribers reload everything");
        assertEquals(many.size(), DomainEvents.ids(heard.get(0)).length,
                "a search index in the domain re-reads just the changed records");
    }

    @Test
    void withoutEventAdminOnlyTheListenersAreTold() {
        List<Event> heard = new CopyOnWriteArrayList<>();
        Consumer<Event> listener = heard::add;
        events.addListener(listener);
        events.unsetEventAdmin(new RecordingEventAdmin()); // another admin going away changes nothing
        events.changed(TASKS_CHANGED, List.of(1L), List.of());
        events.unsetEventAdmin(eventAdmin);
        events.changed(TASKS_CHANGED, List.of(2L), List.of());
        events.removeListener(listener);
        events.changed(TASKS_CHANGED, List.of(3L), List.of());

        assertEquals(1, eventAdmin.posted.size());
        assertEquals(2, heard.size());
        assertFalse(heard.stream().anyMatch(e -> DomainEvents.ids(e)[0] == 3L), "a removed listener hears nothing");
    }

    /** Records what is posted, in order. */
    private static final class RecordingEventAdmin implements EventAdmin {
        final List<Event> posted = new CopyOnWriteArrayList<>();

        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            throw new AssertionError("domains post, they never send synchronously: " + event.getTopic());
        }

        List<String> topics() {
            return posted.stream().map(Event::getTopic).toList();
        }
    }
}
