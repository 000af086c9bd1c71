package org.rapport.community.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.SubMonitor;
import org.rapport.community.Activity;
import org.rapport.community.ActivityType;
import org.rapport.community.CommunityEvent;
import org.rapport.community.CommunityTopics;
import org.rapport.community.Identity;
import org.rapport.community.internal.model.EventEntity;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;

/**
 * Builds the demo community (deterministic: a fixed seed). Activity profiles over the last 90 days follow the default
 * scoring rules (advocates from 100 points, contributors from 40, participants from 10): three advocates, six
 * contributors, ten participants, explorers; "Morgan Drift" was an advocate whose activity left the window after the
 * last review (the 1st of the month), so the next review moves them down; "Sam Rivera" is on GitHub and Discourse under
 * one handle (a duplicate suggestion); two staff members are left out of the scores.
 */
final class DemoCommunity {

    private static final String[] FIRST = { "Alex", "Priya", "Jonas", "Mei", "Tomás", "Aisha", "Lena", "Kwame",
            "Sofia", "Yuki", "Noah", "Fatima", "Elias", "Zara", "Mateo", "Ingrid", "Ravi", "Chloe", "Omar", "Hana",
            "Luca", "Amara", "Felix", "Nadia", "Ivan", "Maya", "Kai", "Leila" };
    private static final String[] LAST = { "Berg", "Okafor", "Silva", "Nakamura", "Novak", "Haddad", "Larsen",
            "Mensah", "Rossi", "Kowalski", "Dubois", "Tanaka", "Andersen", "Costa", "Schmidt", "Patel" };
    private static final String[] PLATFORMS = { "github", "discourse", "slack", "discord" };

    private final CommunityUnit unit;
    private final CommunityEvents events;
    private final ActivityRecorder recorder;
    private final PersonLookup people;
    private final Instant now;
    private final Random random = new Random(11);
    private final List<Activity> pending = new ArrayList<>();
    private Map<String, ActivityType> types;
    private int added;

    DemoCommunity(CommunityUnit unit, CommunityEvents events, ActivityRecorder recorder, PersonLookup people,
            Clock clock) {
        this.unit = unit;
        this.events = events;
        this.recorder = recorder;
        this.people = people;
        this.now = clock.instant();
    }

    void load(SubMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        List<Long> members = unit.write(this::members);
        progress.worked(1);
        List<Long> eventIds = unit.write(em -> events(em, members));
        progress.worked(1);
        activities(members);
        progress.worked(1);
        flush();
        events.changed(CommunityTopics.MEMBERS_CHANGED, List.of(), List.of());
        events.changed(CommunityTopics.EVENTS_CHANGED, eventIds, List.of());
        recorder.everythingChanged();
        progress.worked(1);
    }

    /** Every member to give activity to, the feed's first, then linked contacts, then the rest. */
    private List<Long> members(EntityManager em) {
        types = Attendances.types(em);
        List<Long> ids = new ArrayList<>(em.createQuery("SELECT m.id FROM CommunityMember m ORDER BY m.id", Long.class)
                .getResultList());
        Set<Long> linked = new HashSet<>(em.createQuery(
                "SELECT m.personId FROM CommunityMember m WHERE m.personId IS NOT NULL", Long.class).getResultList());
        if (people != null) {
            for (char letter = 'a'; letter <= 'p'; letter++) {
                for (PersonRef person : people.find(String.valueOf(letter), 2)) {
                    if (linked.add(person.id())) {
                        ids.add(member(em, person.displayName(), person.id(), "github", false).getId());
                    }
                }
            }
        }
        for (int i = 0; i < 30; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length];
            ids.add(member(em, name, null, PLATFORMS[i % PLATFORMS.length], false).getId());
        }
        MemberEntity sam = member(em, "Sam Rivera", null, "github", false);
        JpaMemberService.addIdentity(em, sam.getId(), Identity.of("github", "samrivera", "", true, "demo"));
        MemberEntity samAgain = member(em, "Sam R.", null, "discourse", false);
        JpaMemberService.addIdentity(em, samAgain.getId(), Identity.of("discourse", "samrivera", "", false, "demo"));
        ids.add(sam.getId());
        ids.add(samAgain.getId());
        member(em, "Robin Rapport", null, "slack", true);
        member(em, "Kim Staff", null, "discord", true);
        MemberEntity drift = member(em, "Morgan Drift", null, "github", false);
        ids.add(0, drift.getId());
        return ids;
    }

    private MemberEntity member(EntityManager em, String name, Long personId, String platform, boolean team) {
        MemberEntity member = new MemberEntity();
        member.setDisplayName(name);
        member.setPersonId(personId);
        member.setTeam(team);
        if (team) {
            member.setOrganization("Blue Fjord Bikes");
            member.setTags(List.of("staff"));
        }
        em.persist(member);
        em.flush();
        String handle = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                + (platform.equals("slack") ? "" : "-" + member.getId());
        JpaMemberService.addIdentity(em, member.getId(), Identity.of(platform, handle, name, false, "demo"));
        em.flush();
        return member;
    }

    private List<Long> events(EntityManager em, List<Long> members) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Object[][] plan = { { "Bike Tech Meetup Oslo", CommunityEvent.Kind.MEETUP, -150 },
                { "Orbit of Riders webinar", CommunityEvent.Kind.WEBINAR, -75 },
                { "Blue Fjord Community Summit", CommunityEvent.Kind.CONFERENCE, -30 },
                { "Winter Ride Meetup", CommunityEvent.Kind.MEETUP, -6 },
                { "Spring Maintenance Workshop", CommunityEvent.Kind.MEETUP, 21 } };
        List<Long> ids = new ArrayList<>();
        for (int e = 0; e < plan.length; e++) {
            EventEntity event = new EventEntity();
            event.set(CommunityEvent.of((String) plan[e][0], (CommunityEvent.Kind) plan[e][1],
                    today.plusDays((Integer) plan[e][2]).atTime(18, 0).toInstant(ZoneOffset.UTC),
                    plan[e][1] == CommunityEvent.Kind.WEBINAR ? "online" : "Oslo"));
            em.persist(event);
            em.flush();
            ids.add(event.getId());
            boolean past = (Integer) plan[e][2] < 0;
            int attendees = 8 + random.nextInt(10);
            for (int i = 0; i < attendees && i < members.size(); i++) {
                long member = members.get(1 + random.nextInt(members.size() - 1));
                Instant registered = event.getStartsAt().minus(Duration.ofDays(5 + random.nextInt(20)));
                if (registered.isAfter(now)) {
                    registered = now.minus(Duration.ofHours(1 + i));
                }
                pending.addAll(Attendances.attend(em, event, member, past && random.nextInt(4) > 0, false,
                        registered, types));
            }
        }
        return ids;
    }

    /** Activity profiles by position: advocates, contributors, participants, then explorers. */
    private void activities(List<Long> members) {
        Instant lastReview = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        // Morgan: a burst that counted at the last review and has left the window since: a downgrade waits
        Instant burstFrom = lastReview.minus(Duration.ofDays(90));
        Instant burstTo = now.minus(Duration.ofDays(90));
        long span = Math.max(1, Duration.between(burstFrom, burstTo).toSeconds());
        for (int i = 0; i < 15; i++) {
            add(members.get(0), i < 8 ? "talk" : "article", burstFrom.plusSeconds(span * (i + 1) / 17), null);
        }
        add(members.get(0), "reply", now.minus(Duration.ofDays(3)), members.get(1));
        int position = 1;
        for (; position <= 3 && position < members.size(); position++) {
            profile(members, position, 2, 1, 45, 3);
        }
        for (; position <= 9 && position < members.size(); position++) {
            profile(members, position, 1, 0, 15, 3);
        }
        for (; position <= 19 && position < members.size(); position++) {
            profile(members, position, 0, 0, 8, 0);
        }
        for (; position < members.size(); position++) {
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                add(members.get(position), random.nextBoolean() ? "like" : "post", daysAgo(180), null);
            }
        }
    }

    private void profile(List<Long> members, int position, int talks, int articles, int replies, int pullRequests) {
        long member = members.get(position);
        for (int i = 0; i < talks; i++) {
            add(member, "talk", daysAgo(80), null);
        }
        for (int i = 0; i < articles; i++) {
            add(member, "article", daysAgo(80), null);
        }
        for (int i = 0; i < replies; i++) {
            add(member, "reply", daysAgo(85), members.get(random.nextInt(members.size())));
        }
        for (int i = 0; i < pullRequests; i++) {
            add(member, "pull-request", daysAgo(85), null);
        }
        for (int i = 0; i < 4; i++) {
            add(member, "post", daysAgo(180), null);
        }
    }

    private Instant daysAgo(int most) {
        return now.minus(Duration.ofMinutes(60 + random.nextInt(most * 24 * 60)));
    }

    private void add(long member, String typeKey, Instant at, Long target) {
        ActivityType type = types.get(typeKey);
        String title = switch (typeKey) {
            case "talk" -> "Talk: " + pick("Tubeless setups", "Commuting all winter", "Our e-bike fleet data");
            case "article" -> "Article: " + pick("Five rides around the fjord", "Chain care", "Fitting a child seat");
            case "reply" -> "Replied in the forum";
            case "pull-request" -> "Pull request to the ride planner";
            case "post" -> "Posted a ride report";
            default -> type.name();
        };
        String platform = switch (typeKey) {
            case "pull-request" -> "github";
            case "reply", "post" -> pick("discourse", "slack", "discord");
            default -> "manual";
        };
        pending.add(new Activity(0, member, type.key(), type.pillar(), at, platform, title, null,
                target == null || target == member ? null : target, null, null, "demo",
                "demo:" + member + ":" + added++));
        if (pending.size() >= 500) {
            flush();
        }
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Activity> chunk = List.copyOf(pending);
        pending.clear();
        recorder.announce(unit.write(em -> recorder.record(em, chunk)));
    }
}
