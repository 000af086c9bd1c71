package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.rapport.community.Activity;
import org.rapport.community.ActivityService;
import org.rapport.community.ActivityType;
import org.rapport.community.Identity;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;

/**
 * A small community whose figures are worked out by hand, added through the services beside whatever else the
 * workspace holds; names start with a prefix of the test run so tests find exactly these members.
 * <ul>
 * <li>Ada: 13 talks (8 points each) and 4 replies to Bob (1.5 each) in the last 60 days: 104 + 6 = 110 points,
 * level 1 (advocates from 100); linked to a demo contact;</li>
 * <li>Bob: 3 replies to Ada (4.5) and an article (6): 10.5 points, level 3 (participants from 10); a second "Bob" of
 * the same organization is his probable duplicate;</li>
 * <li>Cy: staff with 5 talks: no level.</li>
 * </ul>
 *
 * @param prefix the names' common start
 * @param ada    the advocate
 * @param bob    the participant
 * @param bobToo Bob's duplicate
 * @param cy     the staff member
 * @param person Ada's contact
 */
record SeededCommunity(String prefix, Member ada, Member bob, Member bobToo, Member cy, PersonRef person) {

    /** Adds the community. */
    static SeededCommunity add() {
        MemberService members = CommunityDriver.service(MemberService.class);
        ActivityService activities = CommunityDriver.service(ActivityService.class);
        String prefix = "Seed" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String handle = prefix.toLowerCase();
        Member ada = members.save(Member.named(prefix + " Ada").withIdentities(List.of(
                Identity.of("github", handle + "-ada", "Ada", false, "test"),
                Identity.of("mastodon", handle + "ada@fosstodon.example", "Ada", false, "test"))));
        Member bob = members.save(Member.named(prefix + " Bob").withDetails(prefix + " Bob", "Acme " + prefix,
                List.of(), false));
        Member bobToo = members.save(Member.named(prefix + " Bob").withDetails(prefix + " Bob", "Acme " + prefix,
                List.of(), false));
        Member cy = members.save(Member.named(prefix + " Cy").withDetails(prefix + " Cy", "", List.of(), true));
        ActivityType talk = activities.type("talk").orElseThrow();
        ActivityType reply = activities.type("reply").orElseThrow();
        ActivityType article = activities.type("article").orElseThrow();
        Instant now = Instant.now();
        for (int i = 0; i < 13; i++) {
            activities.add(Activity.manual(ada.id(), talk, now.minus(2 + 4 * i, ChronoUnit.DAYS), "Talk " + i));
        }
        for (int i = 0; i < 4; i++) {
            activities.add(connection(ada, bob, reply, now.minus(1 + i, ChronoUnit.DAYS), prefix + "-ab-" + i));
        }
        for (int i = 0; i < 3; i++) {
            activities.add(connection(bob, ada, reply, now.minus(1 + i, ChronoUnit.DAYS), prefix + "-ba-" + i));
        }
        activities.add(Activity.manual(bob.id(), article, now.minus(10, ChronoUnit.DAYS), "Article: Derby tips"));
        for (int i = 0; i < 5; i++) {
            activities.add(Activity.manual(cy.id(), talk, now.minus(3 + i, ChronoUnit.DAYS), "Staff talk " + i));
        }
        List<PersonRef> contacts = CommunityDriver.service(PersonLookup.class).find("a", 50);
        assertFalse(contacts.isEmpty(), "the demo data has contacts");
        // a contact no demo member is linked to, so the demo community stays as it is
        PersonRef person = contacts.stream().filter(p -> members.byPerson(p.id()).isEmpty()).findFirst()
                .orElse(contacts.get(0));
        members.byPerson(person.id()).ifPresent(linked -> members.unlinkContact(linked.id()));
        ada = members.linkContact(ada.id(), person.id());
        return new SeededCommunity(prefix, members.member(ada.id()).orElseThrow(),
                members.member(bob.id()).orElseThrow(), bobToo, cy, person);
    }

    private static Activity connection(Member from, Member to, ActivityType type, Instant when, String key) {
        return new Activity(0, from.id(), type.key(), type.pillar(), when, "mastodon", "Replied to " + to.displayName(),
                null, to.id(), null, null, "test", key);
    }
}
