package org.rapport.community.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.community.LevelChange;
import org.rapport.community.ScoreService;
import org.rapport.core.ObjectLink;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.community.internal.model.MemberActivityEntity;
import org.rapport.community.internal.model.MemberEntity;

/**
 * Puts a linked contact's community life into their timeline: the member's activities (a talk given, a reply in the
 * forum, an event attended), the ambassador flag, and the member's orbit level changes.
 */
@Component(service = TimelineContributor.class)
public class CommunityTimeline implements TimelineContributor {

    static final String BUNDLE = "org.rapport.community";
    /** Link type of a community member, for {@link ObjectLink}. */
    public static final String MEMBER = "community.member";
    /** Link type of a community activity. */
    public static final String ACTIVITY = "community.activity";

    private final CommunityUnit unit;
    private volatile ScoreService scores;

    @Activate
    public CommunityTimeline(@Reference CommunityUnit unit) {
        this.unit = unit;
    }

    /** Binds the scores (level changes as entries). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setScoreService(ScoreService service) {
        scores = service;
    }

    /** Unbinds them. */
    public void unsetScoreService(ScoreService service) {
        if (scores == service) {
            scores = null;
        }
    }

    @Override
    public String sourceName() {
        return "Community";
    }

    @Override
    public List<TimelineEntry> entries(TimelineQuery query) {
        List<TimelineEntry> entries = new ArrayList<>(activityEntries(query));
        ScoreService levels = scores;
        if (levels != null) {
            List<Long> members = unit.read(em -> em.createQuery("SELECT m.id FROM CommunityMember m"
                    + " WHERE m.personId = :p AND m.mergedInto IS NULL", Long.class).setParameter("p", query.personId())
                    .getResultList());
            for (long member : members) {
                for (LevelChange change : levels.levelHistory(member)) {
                    if (query.covers(change.at())) {
                        entries.add(levelEntry(change));
                    }
                }
            }
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::when).reversed()).limit(query.limit())
                .toList();
    }

    private static TimelineEntry levelEntry(LevelChange change) {
        String title = "Community level " + change.to().number() + " (" + change.to().label() + ")";
        String detail = switch (change.reason()) {
            case JOINED -> "Joined the community";
            case UPGRADE -> "Moved up from level " + change.from().number();
            case REVIEW -> change.from() == null ? "Set by the periodic review"
                    : "Periodic review, from level " + change.from().number();
        };
        return new TimelineEntry(change.at(), "community-level", title, detail, BUNDLE,
                new ObjectLink(MEMBER, Long.toString(change.memberId())));
    }

    private List<TimelineEntry> activityEntries(TimelineQuery query) {
        return unit.read(em -> {
            List<TimelineEntry> out = new ArrayList<>();
            List<MemberEntity> members = em.createQuery("SELECT m FROM CommunityMember m WHERE m.personId = :p"
                    + " AND m.mergedInto IS NULL", MemberEntity.class).setParameter("p", query.personId())
                    .getResultList();
            for (MemberEntity member : members) {
                if (member.getAmbassador() != null && member.getAmbassadorSince() != null
                        && query.covers(member.getAmbassadorSince())) {
                    out.add(new TimelineEntry(member.getAmbassadorSince(), "community-ambassador",
                            "Community ambassador", reason(member), BUNDLE,
                            new ObjectLink(MEMBER, Long.toString(member.getId()))));
                }
                var activities = em.createQuery("SELECT a FROM CommunityActivity a WHERE a.memberId = :m"
                        + " AND a.occurredAt >= :from AND a.occurredAt < :to ORDER BY a.occurredAt DESC",
                        MemberActivityEntity.class).setParameter("m", member.getId())
                        .setParameter("from", clamp(query.from())).setParameter("to", clamp(query.to()))
                        .setMaxResults(query.limit()).getResultList();
                for (MemberActivityEntity a : activities) {
                    var activity = a.toActivity();
                    String title = activity.title().isEmpty() ? activity.type() : activity.title();
                    out.add(new TimelineEntry(activity.occurredAt(), "community-" + activity.type(), title,
                            "Community " + activity.pillar().name().toLowerCase(java.util.Locale.ROOT) + " on "
                                    + activity.platform(),
                            BUNDLE, new ObjectLink(ACTIVITY, Long.toString(activity.id()))));
                }
            }
            return out.stream().sorted(Comparator.comparing(TimelineEntry::when).reversed()).limit(query.limit())
                    .toList();
        });
    }

    private static String reason(MemberEntity member) {
        return switch (member.getAmbassador()) {
            case TOP_LEVEL -> "Reached the top community level (Advocates)";
            case SATISFIED_CASE -> "Candidate: a complaint was resolved to their satisfaction";
            case MANUAL -> "Flagged by a community manager";
        };
    }

    /** Instant.MIN/MAX do not fit a database timestamp. */
    private static java.time.Instant clamp(java.time.Instant when) {
        java.time.Instant low = java.time.Instant.parse("1900-01-01T00:00:00Z");
        java.time.Instant high = java.time.Instant.parse("9000-01-01T00:00:00Z");
        return when.isBefore(low) ? low : when.isAfter(high) ? high : when;
    }
}
