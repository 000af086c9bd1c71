package org.rapport.community.internal.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.community.Activity;
import org.rapport.community.ActivityType;
import org.rapport.community.CommunityTopics;
import org.rapport.community.Identity;
import org.rapport.community.internal.ActivityRecorder;
import org.rapport.community.internal.Attendances;
import org.rapport.community.internal.CommunityEvents;
import org.rapport.community.internal.CommunityUnit;
import org.rapport.community.internal.DefaultActivityTypes;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.community.internal.model.MemberIdentityEntity;
import org.rapport.community.internal.model.StateEntity;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.Post;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.persistence.access.DomainEvents;

/**
 * Turns the social feed's posts into activities: every {@link FeedTopics#POSTS_CHANGED} makes it catch up from the
 * last post id it handled (kept in the database with the activities, so a restart or a bulk change without ids loses
 * nothing) through {@link FeedService#postsAfter}. A post is a {@code post}, or a {@code reply} connected to the
 * author of the post it answers; each other mentioned identity adds a {@code mention} connected to that member. Authors and
 * mentioned people become members keyed by the feed's identity (network and handle, normalised alike), named as the
 * feed shows them, linked to the contact the feed matched when no other member has that contact.
 */
// not for a colleague's posts (team mode): the process that stored them records their activities
@Component(service = { EventHandler.class, FeedActivities.class }, property = {
        EventConstants.EVENT_TOPIC + "=" + FeedTopics.POSTS_CHANGED,
        EventConstants.EVENT_FILTER + "=(!(" + DomainEvents.REMOTE + "=true))" })
public class FeedActivities implements EventHandler {

    /** The state row holding the last post id handled. */
    static final String LAST_POST = "feed.lastPostId";
    /** Posts read and written per transaction. */
    static final int CHUNK = 200;

    private final ILog log = ILog.of(FeedActivities.class);
    private final CommunityUnit unit;
    private final CommunityEvents events;
    private final ActivityRecorder recorder;
    private final FeedService feed;

    @Activate
    public FeedActivities(@Reference CommunityUnit unit, @Reference CommunityEvents events,
            @Reference ActivityRecorder recorder, @Reference FeedService feed) {
        this.unit = unit;
        this.events = events;
        this.recorder = recorder;
        this.feed = feed;
    }

    @Override
    public void handleEvent(Event event) {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.error("Community activities from the social feed could not be recorded", e);
        }
    }

    /** Records the posts stored since the last one handled; returns how many posts were handled. */
    public synchronized int catchUp() {
        int handled = 0;
        while (true) {
            long last = unit.read(FeedActivities::lastPostId);
            List<Post> posts = feed.postsAfter(last, CHUNK);
            if (posts.isEmpty()) {
                return handled;
            }
            int[] created = { 0 };
            ActivityRecorder.Recorded recorded = unit.write(em -> {
                Map<String, ActivityType> types = Attendances.types(em);
                List<Activity> activities = new ArrayList<>();
                for (Post post : posts) {
                    activities.addAll(activities(em, post, types, created));
                }
                setLastPostId(em, posts.get(posts.size() - 1).id());
                return recorder.record(em, activities);
            });
            recorder.announce(recorded);
            if (created[0] > 0) {
                events.changed(CommunityTopics.MEMBERS_CHANGED, List.of(), List.of());
            }
            handled += posts.size();
        }
    }

    private List<Activity> activities(EntityManager em, Post post, Map<String, ActivityType> types, int[] created) {
        List<Activity> out = new ArrayList<>();
        long author = member(em, post.author(), post.authorPerson() == null ? null : post.authorPerson().id(), created);
        Long repliedTo = post.inReplyTo() == null ? null : repliedTo(em, post, created);
        ActivityType type = types.get(post.inReplyTo() == null ? DefaultActivityTypes.POST : DefaultActivityTypes.REPLY);
        if (type != null) {
            out.add(new Activity(0, author, type.key(), type.pillar(), post.published(), post.network(),
                    shorten(post.text()), post.url(), repliedTo == null || repliedTo == author ? null : repliedTo,
                    post.id(), null, "feed", "feed:" + post.id()));
        }
        ActivityType mention = types.get(DefaultActivityTypes.MENTION);
        for (AuthorIdentity mentioned : post.mentions()) {
            long target = member(em, mentioned, null, created);
            // a reply names the one it answers (Mastodon adds the @): that connection is the reply, not a mention
            if (mention != null && target != author && (repliedTo == null || target != repliedTo)) {
                out.add(new Activity(0, author, mention.key(), mention.pillar(), post.published(), post.network(),
                        "Mentioned " + mentioned.label(), post.url(), target, post.id(), null, "feed",
                        "feed:" + post.id() + ":mention:" + mentioned.key()));
            }
        }
        return out;
    }

    /** The member of the author of the post this one answers, when the feed stored that post. */
    private Long repliedTo(EntityManager em, Post post, int[] created) {
        Optional<Post> parent = feed.conversation(post.id()).stream()
                .filter(p -> post.inReplyTo().equals(p.externalId())).findFirst();
        return parent.map(p -> member(em, p.author(), p.authorPerson() == null ? null : p.authorPerson().id(),
                created)).orElse(null);
    }

    private static long member(EntityManager em, AuthorIdentity identity, Long personId, int[] created) {
        String handle = Identity.normalizeHandle(identity.handle());
        Optional<MemberIdentityEntity> known = em.createQuery(
                "SELECT i FROM CommunityIdentity i WHERE i.network = :n AND i.handle = :h", MemberIdentityEntity.class)
                .setParameter("n", identity.network()).setParameter("h", handle).getResultStream().findFirst();
        if (known.isPresent()) {
            return known.get().getMemberId();
        }
        MemberEntity member = new MemberEntity();
        member.setDisplayName(identity.label());
        if (personId != null && em.createQuery("SELECT COUNT(m) FROM CommunityMember m WHERE m.personId = :p",
                Long.class).setParameter("p", personId).getSingleResult() == 0) {
            member.setPersonId(personId);
        }
        em.persist(member);
        em.flush();
        MemberIdentityEntity row = new MemberIdentityEntity(member.getId(), identity.network(), handle);
        row.setDisplayName(identity.displayName());
        row.setSource("feed");
        em.persist(row);
        em.flush();
        created[0]++;
        return member.getId();
    }

    static long lastPostId(EntityManager em) {
        StateEntity state = em.find(StateEntity.class, LAST_POST);
        return state == null || state.getValue() == null ? 0 : Long.parseLong(state.getValue());
    }

    private static void setLastPostId(EntityManager em, long id) {
        StateEntity state = em.find(StateEntity.class, LAST_POST);
        if (state == null) {
            em.persist(new StateEntity(LAST_POST, Long.toString(id)));
        } else {
            state.setValue(Long.toString(id));
        }
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() > 200 ? t.substring(0, 197) + "..." : t;
    }
}
