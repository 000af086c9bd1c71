package org.rapport.community.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.ActiveMember;
import org.rapport.community.Activity;
import org.rapport.community.ActivityImportResult;
import org.rapport.community.ActivityQuery;
import org.rapport.community.ActivityService;
import org.rapport.community.ActivityType;
import org.rapport.community.CommunityTopics;
import org.rapport.community.internal.imports.ActivityImporter;
import org.rapport.community.internal.model.ActivityTypeEntity;
import org.rapport.community.internal.model.MemberActivityEntity;
import org.rapport.community.internal.model.MemberEntity;

/** Activities and activity types, stored in the community unit; writes go through the {@link ActivityRecorder}. */
@Component(service = ActivityService.class)
public class JpaMemberActivityService implements ActivityService {

    private final CommunityUnit unit;
    private final CommunityEvents events;
    private final ActivityRecorder recorder;

    @Activate
    public JpaMemberActivityService(@Reference CommunityUnit unit, @Reference CommunityEvents events,
            @Reference ActivityRecorder recorder) {
        this.unit = unit;
        this.events = events;
        this.recorder = recorder;
    }

    @Override
    public List<ActivityType> types() {
        return unit.read(em -> em.createQuery(
                "SELECT t FROM CommunityActivityType t ORDER BY t.pillar, t.key", ActivityTypeEntity.class)
                .getResultList().stream().map(ActivityTypeEntity::toType).toList());
    }

    @Override
    public Optional<ActivityType> type(String key) {
        return unit.read(em -> typeRow(em, key).map(ActivityTypeEntity::toType));
    }

    static Optional<ActivityTypeEntity> typeRow(EntityManager em, String key) {
        return em.createQuery("SELECT t FROM CommunityActivityType t WHERE t.key = :k", ActivityTypeEntity.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    @Override
    public ActivityType saveType(ActivityType type) {
        ActivityType saved = unit.write(em -> {
            Optional<ActivityTypeEntity> row = typeRow(em, type.key());
            if (row.isPresent()) {
                row.get().set(type);
            } else {
                em.persist(new ActivityTypeEntity(type));
            }
            return type;
        });
        events.changed(CommunityTopics.ACTIVITIES_CHANGED, List.of(), List.of());
        recorder.everythingChanged();
        return saved;
    }

    @Override
    public Activity add(Activity activity) {
        ActivityRecorder.Recorded recorded = unit.write(em -> {
            ActivityType type = typeRow(em, activity.type()).map(ActivityTypeEntity::toType)
                    .orElseThrow(() -> new IllegalArgumentException("no activity type " + activity.type()));
            if (activity.targetMemberId() != null && em.find(MemberEntity.class, activity.targetMemberId()) == null) {
                throw new IllegalArgumentException("no member " + activity.targetMemberId());
            }
            Activity typed = new Activity(0, activity.memberId(), type.key(), activity.pillar(),
                    activity.occurredAt(), activity.platform(), activity.title(), activity.url(),
                    activity.targetMemberId(), activity.feedPostId(), activity.eventId(), activity.source(),
                    activity.sourceKey());
            return recorder.record(em, List.of(typed));
        });
        recorder.announce(recorded);
        if (!recorded.added().isEmpty()) {
            return recorded.added().get(0);
        }
        return unit.read(em -> em.createQuery("SELECT a FROM CommunityActivity a WHERE a.sourceKey = :k",
                MemberActivityEntity.class).setParameter("k", activity.sourceKey()).getSingleResult().toActivity());
    }

    @Override
    public Optional<Activity> activity(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(MemberActivityEntity.class, id))
                .map(MemberActivityEntity::toActivity));
    }

    @Override
    public List<Activity> activities(ActivityQuery query, int offset, int limit) {
        return unit.read(em -> query(em, query, "SELECT a", " ORDER BY a.occurredAt DESC, a.id DESC",
                MemberActivityEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(MemberActivityEntity::toActivity).toList());
    }

    @Override
    public int count(ActivityQuery query) {
        return (int) (long) unit.read(em -> query(em, query, "SELECT COUNT(a)", "", Long.class).getSingleResult());
    }

    private static <T> TypedQuery<T> query(EntityManager em, ActivityQuery query, String select, String order,
            Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object[]> parameters = new ArrayList<>();
        if (query.memberId() != null) {
            where.append(" AND a.memberId = :member");
            parameters.add(new Object[] { "member", query.memberId() });
        }
        if (query.pillar() != null) {
            where.append(" AND a.pillar = :pillar");
            parameters.add(new Object[] { "pillar", query.pillar() });
        }
        if (!query.type().isEmpty()) {
            where.append(" AND a.typeKey = :type");
            parameters.add(new Object[] { "type", query.type() });
        }
        if (!query.platform().isEmpty()) {
            where.append(" AND a.platform = :platform");
            parameters.add(new Object[] { "platform", query.platform() });
        }
        if (query.eventId() != null) {
            where.append(" AND a.eventId = :event");
            parameters.add(new Object[] { "event", query.eventId() });
        }
        if (query.from() != null) {
            where.append(" AND a.occurredAt >= :from");
            parameters.add(new Object[] { "from", query.from() });
        }
        if (query.to() != null) {
            where.append(" AND a.occurredAt < :to");
            parameters.add(new Object[] { "to", query.to() });
        }
        TypedQuery<T> typed = em.createQuery(select + " FROM CommunityActivity a" + where + order, type);
        parameters.forEach(p -> typed.setParameter((String) p[0], p[1]));
        return typed;
    }

    @Override
    public List<ActiveMember> mostActive(Instant from, Instant to, int limit) {
        return unit.read(em -> em.createQuery("SELECT a.memberId, m.displayName, COUNT(a) FROM CommunityActivity a,"
                + " CommunityMember m WHERE m.id = a.memberId AND m.team = FALSE AND a.occurredAt >= :from"
                + " AND a.occurredAt < :to GROUP BY a.memberId, m.displayName ORDER BY COUNT(a) DESC, m.displayName",
                Object[].class).setParameter("from", from).setParameter("to", to).setMaxResults(limit)
                .getResultList().stream().map(row -> new ActiveMember(((Number) row[0]).longValue(), (String) row[1],
                        ((Number) row[2]).longValue())).toList());
    }

    @Override
    public boolean delete(long id) {
        Long memberId = unit.write(em -> {
            MemberActivityEntity row = em.find(MemberActivityEntity.class, id);
            if (row == null) {
                return null;
            }
            em.remove(row);
            MemberEntity member = em.find(MemberEntity.class, row.getMemberId());
            if (member != null) {
                MemberMerges.refreshFigures(em, member);
            }
            return row.getMemberId();
        });
        if (memberId == null) {
            return false;
        }
        events.changed(CommunityTopics.ACTIVITIES_CHANGED, List.of(memberId), List.of());
        recorder.membersChanged(List.of(memberId));
        return true;
    }

    @Override
    public ActivityImportResult importFile(Path file, IProgressMonitor monitor) {
        return new ActivityImporter(unit, events, recorder).importFile(file, monitor);
    }
}
