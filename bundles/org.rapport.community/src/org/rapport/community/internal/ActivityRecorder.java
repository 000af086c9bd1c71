package org.rapport.community.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.community.Activity;
import org.rapport.community.CommunityTopics;
import org.rapport.community.internal.model.MemberActivityEntity;
import org.rapport.community.internal.model.MemberEntity;

/**
 * The one way activities are written, whoever records them (manual entry, imports, the feed, events): inside the
 * caller's transaction it skips activities whose source key is already stored, inserts the rest and keeps the members'
 * activity figures; after the caller's commit it tells the {@link ActivityListener}s (the scores) and posts
 * {@link CommunityTopics#ACTIVITIES_CHANGED} and the linked contacts' timeline events.
 */
@Component(service = ActivityRecorder.class)
public class ActivityRecorder {

    private final ILog log = ILog.of(ActivityRecorder.class);
    private final CommunityEvents events;
    private final List<ActivityListener> listeners = new CopyOnWriteArrayList<>();

    /** What one transaction recorded, to {@link #announce} after its commit. */
    public record Recorded(List<Activity> added, int skipped, Set<Long> memberIds, Set<Long> personIds) {

        /** Nothing recorded. */
        public static final Recorded NONE = new Recorded(List.of(), 0, Set.of(), Set.of());

        /** This and another chunk's outcome. */
        public Recorded plus(Recorded other) {
            List<Activity> all = new ArrayList<>(added);
            all.addAll(other.added);
            Set<Long> members = new LinkedHashSet<>(memberIds);
            members.addAll(other.memberIds);
            Set<Long> people = new LinkedHashSet<>(personIds);
            people.addAll(other.personIds);
            return new Recorded(all, skipped + other.skipped, members, people);
        }
    }

    @Activate
    public ActivityRecorder(@Reference CommunityEvents events) {
        this.events = events;
    }

    /** Binds a listener (the score engine). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addListener(ActivityListener listener) {
        listeners.add(listener);
    }

    /** Unbinds a listener. */
    public void removeListener(ActivityListener listener) {
        listeners.remove(listener);
    }

    /**
     * Inserts the activities whose source key is not stored yet (manual ones get a generated key), in the caller's
     * transaction, and counts them on their members. Activities of a member that does not exist are an error.
     *
     * @throws IllegalArgumentException when a member does not exist
     */
    public Recorded record(EntityManager em, List<Activity> activities) {
        if (activities.isEmpty()) {
            return Recorded.NONE;
        }
        Set<String> keys = new HashSet<>();
        for (Activity activity : activities) {
            if (activity.sourceKey() != null) {
                keys.add(activity.sourceKey());
            }
        }
        Set<String> stored = keys.isEmpty() ? new HashSet<>() : new HashSet<>(Chunks.query(keys, 500,
                part -> em.createQuery("SELECT a.sourceKey FROM CommunityActivity a WHERE a.sourceKey IN :keys",
                        String.class).setParameter("keys", part).getResultList()));
        Map<Long, MemberEntity> members = new HashMap<>();
        Set<Long> memberIds = new HashSet<>();
        activities.forEach(a -> memberIds.add(a.memberId()));
        for (MemberEntity member : Chunks.query(memberIds, 500, part -> em
                .createQuery("SELECT m FROM CommunityMember m WHERE m.id IN :ids", MemberEntity.class)
                .setParameter("ids", part).getResultList())) {
            members.put(member.getId(), member);
        }
        List<MemberActivityEntity> rows = new ArrayList<>();
        Set<Long> people = new LinkedHashSet<>();
        Set<Long> touched = new LinkedHashSet<>();
        int skipped = 0;
        for (Activity activity : activities) {
            String key = activity.sourceKey() != null ? activity.sourceKey() : "manual:" + UUID.randomUUID();
            if (!stored.add(key)) {
                skipped++;
                continue;
            }
            // a member created in this transaction and not flushed yet (a bulk import) is only in the context
            MemberEntity member = members.computeIfAbsent(activity.memberId(), id -> em.find(MemberEntity.class, id));
            if (member == null) {
                throw new IllegalArgumentException("no member " + activity.memberId());
            }
            MemberActivityEntity row = new MemberActivityEntity(activity, key);
            em.persist(row);
            rows.add(row);
            member.countActivity(activity.occurredAt());
            touched.add(member.getId());
            if (member.getPersonId() != null) {
                people.add(member.getPersonId());
            }
        }
        em.flush();
        List<Activity> added = rows.stream().map(MemberActivityEntity::toActivity).toList();
        return new Recorded(added, skipped, touched, people);
    }

    /** After the commit: tells the listeners and posts the events (nothing when nothing was added). */
    public void announce(Recorded recorded) {
        announce(recorded, true);
    }

    /**
     * After the commit: posts the events, and tells the listeners unless {@code tellListeners} is false (a bulk
     * import that ends with {@link #everythingChanged()} or {@link #tellListeners}).
     */
    public void announce(Recorded recorded, boolean tellListeners) {
        if (recorded.added().isEmpty()) {
            return;
        }
        if (tellListeners) {
            tellListeners(recorded.added());
        }
        events.changed(CommunityTopics.ACTIVITIES_CHANGED, recorded.memberIds(), recorded.personIds());
    }

    /** Tells the listeners that these committed activities were added. */
    public void tellListeners(List<Activity> added) {
        if (added.isEmpty()) {
            return;
        }
        List<Activity> inTimeOrder = added.stream()
                .sorted(java.util.Comparator.comparing(Activity::occurredAt)).toList();
        for (ActivityListener listener : listeners) {
            try {
                listener.activitiesAdded(inTimeOrder);
            } catch (RuntimeException e) {
                log.error("The score listener failed on " + inTimeOrder.size() + " new activities", e);
            }
        }
    }

    /** After a commit that changed these members other than by adding activities: tells the listeners. */
    public void membersChanged(Collection<Long> memberIds) {
        for (ActivityListener listener : listeners) {
            try {
                listener.membersChanged(memberIds);
            } catch (RuntimeException e) {
                log.error("The score listener failed on changed members " + memberIds, e);
            }
        }
    }

    /** After a bulk change: tells the listeners every score must be computed again. */
    public void everythingChanged() {
        for (ActivityListener listener : listeners) {
            try {
                listener.everythingChanged();
            } catch (RuntimeException e) {
                log.error("The score listener failed on a bulk change", e);
            }
        }
    }
}
