package org.rapport.community.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.rapport.community.Activity;
import org.rapport.community.ActivityType;
import org.rapport.community.CommunityEvent;
import org.rapport.community.Pillar;
import org.rapport.community.internal.model.EventEntity;
import org.rapport.community.internal.model.RegistrationEntity;

/**
 * Registrations and attendance of events, and the activities they are: one {@code register} and one {@code attend}
 * activity per member and event at most (their source keys are {@code register:<event>:<member>} and
 * {@code attend:<event>:<member>}), whoever records them (the Events view, an attendee list).
 */
public final class Attendances {

    private Attendances() {
    }

    /** The registration of a member for an event, if any. */
    public static Optional<RegistrationEntity> registration(EntityManager em, long eventId, long memberId) {
        return em.createQuery("SELECT r FROM CommunityRegistration r WHERE r.eventId = :e AND r.memberId = :m",
                RegistrationEntity.class).setParameter("e", eventId).setParameter("m", memberId).getResultStream()
                .findFirst();
    }

    /**
     * Registers a member (if not yet) and marks attendance (only ever from not attended to attended when
     * {@code attended} is true; to not attended when false and {@code allowUnattend}); returns the activities to
     * record (the recorder skips those already stored).
     */
    public static List<Activity> attend(EntityManager em, EventEntity event, long memberId, boolean attended,
            boolean allowUnattend, Instant registeredAt, Map<String, ActivityType> types) {
        RegistrationEntity registration = registration(em, event.getId(), memberId).orElseGet(() -> {
            RegistrationEntity created = new RegistrationEntity(event.getId(), memberId,
                    registeredAt != null ? registeredAt : event.getStartsAt());
            em.persist(created);
            return created;
        });
        if (attended) {
            registration.setAttended(true);
        } else if (allowUnattend) {
            registration.setAttended(false);
        }
        List<Activity> activities = new ArrayList<>();
        activities.add(activity(types, DefaultActivityTypes.REGISTER, memberId, event,
                registration.getRegisteredAt(), "Registered for " + event.getName()));
        if (registration.isAttended()) {
            activities.add(activity(types, DefaultActivityTypes.ATTEND, memberId, event, event.getStartsAt(),
                    "Attended " + event.getName()));
        }
        return activities;
    }

    private static Activity activity(Map<String, ActivityType> types, String key, long memberId, EventEntity event,
            Instant at, String title) {
        ActivityType type = types.get(key);
        Pillar pillar = type == null ? Pillar.COLLABORATION : type.pillar();
        return new Activity(0, memberId, key, pillar, at, "event", title, event.getUrl(), null, null, event.getId(),
                "event", key + ":" + event.getId() + ":" + memberId);
    }

    /** The kind an event's name suggests, for events created from an attendee list. */
    public static CommunityEvent.Kind kindOf(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.contains("webinar") || n.contains("online") ? CommunityEvent.Kind.WEBINAR
                : n.contains("conf") || n.contains("summit") ? CommunityEvent.Kind.CONFERENCE
                        : CommunityEvent.Kind.MEETUP;
    }

    /** Every activity type by key. */
    public static Map<String, ActivityType> types(EntityManager em) {
        Map<String, ActivityType> types = new java.util.HashMap<>();
        em.createQuery("SELECT t FROM CommunityActivityType t", org.rapport.community.internal.model.ActivityTypeEntity.class)
                .getResultList().forEach(t -> types.put(t.getKey(), t.toType()));
        return types;
    }
}
