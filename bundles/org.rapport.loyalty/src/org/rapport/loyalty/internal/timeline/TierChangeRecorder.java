package org.rapport.loyalty.internal.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.rapport.loyalty.LoyaltyTopics;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.model.TierChangeEntity;

/**
 * Keeps each announced tier change ({@link LoyaltyTopics#TIER_CHANGED}) for the contact's timeline: the member row
 * holds only the current tier. Told synchronously by the loyalty events, after the change was committed.
 */
@Component(immediate = true)
public class TierChangeRecorder {

    private final LoyaltyUnit unit;
    private final LoyaltyEvents events;
    private final Clock clock;
    private final Consumer<Event> onEvent = this::record;
    private final ILog log = ILog.of(TierChangeRecorder.class);

    @Activate
    public TierChangeRecorder(@Reference LoyaltyUnit unit, @Reference LoyaltyEvents events) {
        this(unit, events, Clock.systemDefaultZone());
    }

    TierChangeRecorder(LoyaltyUnit unit, LoyaltyEvents events, Clock clock) {
        this.unit = unit;
        this.events = events;
        this.clock = clock;
        events.addListener(onEvent);
    }

    @Deactivate
    void stop() {
        events.removeListener(onEvent);
    }

    /** Records a tier change event (other topics are ignored). */
    void record(Event event) {
        if (!event.getTopic().equals(LoyaltyTopics.TIER_CHANGED)) {
            return;
        }
        try {
            long program = ((Number) event.getProperty(LoyaltyTopics.PROGRAM_ID)).longValue();
            long person = ((Number) event.getProperty(LoyaltyTopics.PERSON_ID)).longValue();
            String from = String.valueOf(event.getProperty(LoyaltyTopics.FROM));
            String to = String.valueOf(event.getProperty(LoyaltyTopics.TO));
            unit.write(em -> {
                LocalDate day = em.createQuery("SELECT m.tierSince FROM LoyaltyMember m WHERE m.programId = :p"
                        + " AND m.personId = :person", LocalDate.class).setParameter("p", program)
                        .setParameter("person", person).getResultStream().findFirst()
                        .orElse(LocalDate.now(clock));
                em.persist(new TierChangeEntity(program, person, from, to, day, clock.instant()));
                return null;
            });
        } catch (RuntimeException e) {
            log.error("A tier change could not be kept for the timeline: " + event, e);
        }
    }
}
