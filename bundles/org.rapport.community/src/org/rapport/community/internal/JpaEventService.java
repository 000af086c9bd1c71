package org.rapport.community.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.ActivityImportResult;
import org.rapport.community.CommunityEvent;
import org.rapport.community.CommunityTopics;
import org.rapport.community.EventService;
import org.rapport.community.Registration;
import org.rapport.community.internal.imports.ActivityImporter;
import org.rapport.community.internal.model.EventEntity;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.community.internal.model.RegistrationEntity;

/** Community events with registrations and attendance, stored in the community unit. */
@Component(service = EventService.class)
public class JpaEventService implements EventService {

    private final CommunityUnit unit;
    private final CommunityEvents events;
    private final ActivityRecorder recorder;

    @Activate
    public JpaEventService(@Reference CommunityUnit unit, @Reference CommunityEvents events,
            @Reference ActivityRecorder recorder) {
        this.unit = unit;
        this.events = events;
        this.recorder = recorder;
    }

    @Override
    public List<CommunityEvent> events(int offset, int limit) {
        return unit.read(em -> {
            List<EventEntity> rows = em.createQuery("SELECT e FROM CommunityEventRow e ORDER BY e.startsAt DESC, e.id",
                    EventEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList();
            List<CommunityEvent> out = new ArrayList<>();
            for (EventEntity row : rows) {
                out.add(toEvent(em, row));
            }
            return out;
        });
    }

    private static CommunityEvent toEvent(EntityManager em, EventEntity row) {
        Object[] counts = em.createQuery("SELECT COUNT(r), SUM(CASE WHEN r.attended = TRUE THEN 1 ELSE 0 END)"
                + " FROM CommunityRegistration r WHERE r.eventId = :e", Object[].class).setParameter("e", row.getId())
                .getSingleResult();
        int registered = ((Number) counts[0]).intValue();
        int attended = counts[1] == null ? 0 : ((Number) counts[1]).intValue();
        return new CommunityEvent(row.getId(), row.getName(), row.getKind(), row.getStartsAt(), row.getLocation(),
                row.getUrl(), registered, attended, row.revision());
    }

    @Override
    public Optional<CommunityEvent> event(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(EventEntity.class, id)).map(row -> toEvent(em, row)));
    }

    @Override
    public CommunityEvent save(CommunityEvent event) {
        CommunityEvent saved = unit.write(em -> {
            EventEntity row;
            if (event.id() == 0) {
                row = new EventEntity();
                row.set(event);
                em.persist(row);
            } else {
                row = existing(em, event.id());
                if (row.getVersion() != event.revision().version()) {
                    throw new ConcurrentModificationException("the event " + event.name() + " was changed since");
                }
                row.set(event);
            }
            em.flush();
            return toEvent(em, row);
        });
        events.changed(CommunityTopics.EVENTS_CHANGED, List.of(saved.id()), List.of());
        return saved;
    }

    private static EventEntity existing(EntityManager em, long id) {
        EventEntity row = em.find(EventEntity.class, id);
        if (row == null) {
            throw new IllegalArgumentException("no event " + id);
        }
        return row;
    }

    @Override
    public Registration register(long eventId, long memberId) {
        return attendance(eventId, memberId, false, false);
    }

    @Override
    public Registration markAttended(long eventId, long memberId, boolean attended) {
        return attendance(eventId, memberId, attended, true);
    }

    private Registration attendance(long eventId, long memberId, boolean attended, boolean allowUnattend) {
        long[] unattended = { 0 };
        ActivityRecorder.Recorded recorded = unit.write(em -> {
            EventEntity event = existing(em, eventId);
            JpaMemberService.existing(em, memberId);
            var activities = Attendances.attend(em, event, memberId, attended, allowUnattend, null,
                    Attendances.types(em));
            if (!attended && allowUnattend) {
                unattended[0] = em.createQuery("DELETE FROM CommunityActivity a WHERE a.sourceKey = :k")
                        .setParameter("k", "attend:" + eventId + ":" + memberId).executeUpdate();
                if (unattended[0] > 0) {
                    MemberMerges.refreshFigures(em, em.find(MemberEntity.class, memberId));
                }
            }
            return recorder.record(em, activities);
        });
        recorder.announce(recorded);
        if (unattended[0] > 0) {
            recorder.membersChanged(List.of(memberId));
        }
        events.changed(CommunityTopics.EVENTS_CHANGED, List.of(eventId), List.of());
        return registrations(eventId).stream().filter(r -> r.memberId() == memberId).findFirst().orElseThrow();
    }

    @Override
    public List<Registration> registrations(long eventId) {
        return unit.read(em -> toRegistrations(em, em.createQuery(
                "SELECT r FROM CommunityRegistration r WHERE r.eventId = :e", RegistrationEntity.class)
                .setParameter("e", eventId).getResultList()));
    }

    private static List<Registration> toRegistrations(EntityManager em, List<RegistrationEntity> rows) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = rows.stream().map(RegistrationEntity::getMemberId).distinct().toList();
        for (MemberEntity member : Chunks.query(ids, 500, part -> em.createQuery(
                "SELECT m FROM CommunityMember m WHERE m.id IN :ids", MemberEntity.class).setParameter("ids", part)
                .getResultList())) {
            names.put(member.getId(), member.getDisplayName());
        }
        return rows.stream().map(r -> new Registration(r.getEventId(), r.getMemberId(),
                names.getOrDefault(r.getMemberId(), ""), r.getRegisteredAt(), r.isAttended(), r.isFollowedUp()))
                .sorted(java.util.Comparator.comparing(Registration::memberName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Registration::memberId))
                .toList();
    }

    @Override
    public List<Registration> followUps(long eventId) {
        return registrations(eventId).stream().filter(r -> !r.followedUp()).toList();
    }

    @Override
    public Registration markFollowedUp(long eventId, long memberId, boolean followedUp) {
        unit.write(em -> {
            RegistrationEntity row = Attendances.registration(em, eventId, memberId)
                    .orElseThrow(() -> new IllegalArgumentException("member " + memberId + " is not registered"));
            row.setFollowedUp(followedUp);
            return null;
        });
        events.changed(CommunityTopics.EVENTS_CHANGED, List.of(eventId), List.of());
        return registrations(eventId).stream().filter(r -> r.memberId() == memberId).findFirst().orElseThrow();
    }

    @Override
    public ActivityImportResult importAttendees(long eventId, Path file, IProgressMonitor monitor) {
        ActivityImportResult result = new ActivityImporter(unit, events, recorder).importAttendees(eventId, file,
                monitor);
        events.changed(CommunityTopics.EVENTS_CHANGED, List.of(eventId), List.of());
        return result;
    }
}
