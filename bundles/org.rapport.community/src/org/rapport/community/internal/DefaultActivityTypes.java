package org.rapport.community.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.rapport.community.ActivityType;
import org.rapport.community.Pillar;
import org.rapport.community.internal.model.ActivityTypeEntity;
import org.rapport.persistence.access.UnitAccess;

/**
 * Rapport's activity types and their default weights. The weights follow the Orbit model's intuition: effort and
 * reach of the act. A like is almost free (0.5); a post or reply is conversation (1, 1.5 for a reply, because
 * answering others builds the community more than talking); content others use weighs most (an article 6, a talk 8);
 * hosting an event is the strongest collaboration (8). A community manager may change every weight.
 */
public final class DefaultActivityTypes {

    /** Key of the type the social feed's posts get. */
    public static final String POST = "post";
    /** Key of a reply to another post. */
    public static final String REPLY = "reply";
    /** Key of a mention of another member. */
    public static final String MENTION = "mention";
    /** Key of attending an event. */
    public static final String ATTEND = "attend";
    /** Key of registering for an event. */
    public static final String REGISTER = "register";

    /** The defaults, by pillar. */
    public static final List<ActivityType> DEFAULTS = List.of(
            new ActivityType("follow", "Followed", Pillar.CONNECTIVITY, 0.5),
            new ActivityType(MENTION, "Mentioned someone", Pillar.CONNECTIVITY, 1),
            new ActivityType("introduction", "Introduced members", Pillar.CONNECTIVITY, 3),
            new ActivityType(POST, "Posted", Pillar.CONVERSATION, 1),
            new ActivityType(REPLY, "Replied", Pillar.CONVERSATION, 1.5),
            new ActivityType("message", "Chat message", Pillar.CONVERSATION, 0.5),
            new ActivityType("forum-topic", "Opened a forum topic", Pillar.CONVERSATION, 2),
            new ActivityType("forum-answer", "Answered in the forum", Pillar.CONVERSATION, 3),
            new ActivityType("issue", "Opened an issue", Pillar.CONVERSATION, 2),
            new ActivityType("comment", "Commented", Pillar.CONVERSATION, 1),
            new ActivityType("like", "Liked or starred", Pillar.CONNECTIVITY, 0.5),
            new ActivityType("article", "Wrote an article", Pillar.CONTENT, 6),
            new ActivityType("talk", "Gave a talk", Pillar.CONTENT, 8),
            new ActivityType("video", "Made a video", Pillar.CONTENT, 6),
            new ActivityType("pull-request", "Opened a pull request", Pillar.CONTENT, 5),
            new ActivityType("commit", "Pushed commits", Pillar.CONTENT, 2),
            new ActivityType("release", "Published a release", Pillar.CONTENT, 4),
            new ActivityType(REGISTER, "Registered for an event", Pillar.COLLABORATION, 0.5),
            new ActivityType(ATTEND, "Attended an event", Pillar.COLLABORATION, 3),
            new ActivityType("host", "Hosted an event", Pillar.COLLABORATION, 8),
            new ActivityType("group", "Joined a group", Pillar.COLLABORATION, 1),
            new ActivityType("review", "Reviewed a contribution", Pillar.COLLABORATION, 3));

    private DefaultActivityTypes() {
    }

    /** Creates the default types the database lacks (all of them in a new database); changed weights stay. */
    public static void createMissing(EntityManagerFactory emf) {
        UnitAccess.inTransaction(emf.createEntityManager(), em -> {
            createMissing(em);
            return null;
        });
    }

    private static void createMissing(EntityManager em) {
        Set<String> present = new HashSet<>(
                em.createQuery("SELECT t.key FROM CommunityActivityType t", String.class).getResultList());
        for (ActivityType type : DEFAULTS) {
            if (!present.contains(type.key())) {
                em.persist(new ActivityTypeEntity(type));
            }
        }
    }
}
