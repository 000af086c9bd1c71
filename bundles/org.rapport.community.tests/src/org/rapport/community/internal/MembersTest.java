package org.rapport.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.rapport.community.ActivityQuery;
import org.rapport.community.AmbassadorReason;
import org.rapport.community.CommunityTopics;
import org.rapport.community.ContactSuggestion;
import org.rapport.community.DuplicateMembers;
import org.rapport.community.Identity;
import org.rapport.community.Member;
import org.rapport.community.MemberMerge;
import org.rapport.community.MemberQuery;

/** Members: identities, search, contact links, ambassadors, duplicates with reasons, merge and unmerge. */
class MembersTest {

    @TempDir
    Path workspace;
    private TestCommunity test;

    @BeforeEach
    void open() {
        test = new TestCommunity(workspace);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void identitiesAreKeyedAsTheFeedKeysAuthorsAndFoundByNameOrHandle() {
        Member ada = test.member("Ada Lovelace", "mastodon:@Ada@Fosstodon.example", "github:ada-l");
        test.member("Grace Hopper", "github:grace");
        assertEquals("ada@fosstodon.example", ada.identities().get(0).handle(), "lower case, no leading @");
        assertEquals(ada.id(), test.parts.members.byIdentity("Mastodon", "@ADA@fosstodon.example").orElseThrow().id());
        assertEquals(List.of("Ada Lovelace"), names(test.parts.members.members(MemberQuery.ALL.withText("love"), 0, 10)),
                "a word of the name");
        assertEquals(List.of("Grace Hopper"), names(test.parts.members.members(MemberQuery.ALL.withText("gra"), 0, 10)));
        assertEquals(List.of("Ada Lovelace"), names(test.parts.members.members(MemberQuery.ALL.withText("ada-"), 0, 10)),
                "a handle");
        assertEquals(2, test.parts.members.count(MemberQuery.ALL));
        assertThrows(IllegalArgumentException.class, () -> test.member("Someone Else", "github:ada-l"),
                "an identity belongs to one member");
    }

    @Test
    void aContactIsSuggestedByEmailOrHandleAcceptedWithOneCallAndUndone() {
        test.contacts.add(7, "Ada Lovelace", "email:ada@example.com");
        Member ada = test.member("Ada", "email:Ada@Example.com", "github:ada-l");
        List<ContactSuggestion> suggestions = test.parts.members.contactSuggestions(ada.id());
        assertEquals(1, suggestions.size());
        assertEquals(7, suggestions.get(0).person().id());
        assertEquals("same email ada@example.com", suggestions.get(0).reason());
        Member linked = test.parts.members.linkContact(ada.id(), 7);
        assertEquals(7L, linked.personId());
        assertEquals(ada.id(), test.parts.members.byPerson(7).orElseThrow().id());
        assertTrue(test.parts.members.contactSuggestions(ada.id()).isEmpty(), "nothing to suggest once linked");
        assertNull(test.parts.members.unlinkContact(ada.id()).personId());
        assertTrue(test.parts.members.byPerson(7).isEmpty());
    }

    @Test
    void flaggingAnAmbassadorPostsTheTopicLoyaltySubscribesTo() {
        Member ada = test.member("Ada", "github:ada");
        test.parts.members.linkContact(ada.id(), 7);
        test.parts.members.flagAmbassador(ada.id(), AmbassadorReason.SATISFIED_CASE);
        test.parts.members.flagAmbassador(ada.id(), AmbassadorReason.TOP_LEVEL);
        List<Event> flagged = test.posted("org/rapport/community/members/AMBASSADOR");
        assertEquals(1, flagged.size(), "posted once, for the first reason");
        assertEquals(ada.id(), flagged.get(0).getProperty(CommunityTopics.MEMBER_ID));
        assertEquals(7L, flagged.get(0).getProperty(CommunityTopics.PERSON_ID));
        assertEquals("SATISFIED_CASE", flagged.get(0).getProperty(CommunityTopics.REASON));
        assertEquals(AmbassadorReason.SATISFIED_CASE, test.parts.members.member(ada.id()).orElseThrow().ambassador());
        assertEquals(1, test.parts.members.count(new MemberQuery("", "", null, true, null, null)));
    }

    @Test
    void duplicatesComeWithReasonsAndAMergeKeepsEveryIdentityAndActivityUntilUndone() {
        test.contacts.add(9, "Ada Lovelace", "github:ada-l", "mastodon:ada@fosstodon.example");
        Member github = test.member("Ada L.", "github:ada-l");
        Member mastodon = test.member("Ada Lovelace", "mastodon:ada@fosstodon.example");
        Member grace = test.member("Grace Hopper", "github:grace");
        test.activity(github.id(), "pull-request", "2026-11-02T10:00:00Z");
        test.activity(mastodon.id(), "post", "2026-11-03T10:00:00Z");
        test.activity(mastodon.id(), "talk", "2026-11-04T10:00:00Z");
        test.activity(grace.id(), "reply", "2026-11-05T10:00:00Z");

        List<DuplicateMembers> duplicates = test.parts.members.duplicates(10);
        assertEquals(1, duplicates.size(), "Grace is nobody's duplicate: " + duplicates);
        DuplicateMembers pair = duplicates.get(0);
        assertEquals(List.of(github.id(), mastodon.id()), List.of(pair.first().id(), pair.second().id()));
        assertEquals(List.of("ada-l on github and ada@fosstodon.example on mastodon are both of contact Ada Lovelace"),
                pair.reasons());

        MemberMerge merge = test.parts.members.merge(github.id(), mastodon.id());
        Member survivor = test.parts.members.member(github.id()).orElseThrow();
        assertEquals(List.of("github", "mastodon"), survivor.platforms(), "every identity kept");
        assertEquals(3, survivor.activityCount());
        assertEquals(3, test.parts.activities.count(ActivityQuery.ofMember(github.id())));
        assertEquals(github.id(), test.parts.members.member(mastodon.id()).orElseThrow().mergedInto());
        assertEquals(2, test.parts.members.count(MemberQuery.ALL), "the merged member is not listed");
        assertEquals(github.id(), test.parts.members.byIdentity("mastodon", "ada@fosstodon.example").orElseThrow().id());
        assertTrue(test.parts.members.duplicates(10).isEmpty());

        test.parts.members.unmerge(merge.id());
        assertEquals(List.of("github"), test.parts.members.member(github.id()).orElseThrow().platforms());
        Member back = test.parts.members.member(mastodon.id()).orElseThrow();
        assertNull(back.mergedInto());
        assertEquals(2, back.activityCount(), "the post and the talk went back");
        assertEquals(1, test.parts.activities.count(ActivityQuery.ofMember(github.id())));
        assertFalse(test.parts.members.mergesOf(github.id()).get(0).undoneAt() == null);
        assertThrows(IllegalStateException.class, () -> test.parts.members.unmerge(merge.id()));
    }

    @Test
    void sameNameAndOrganizationIsAWeakerReason() {
        Member a = test.parts.members.save(Member.named("Linus T").withDetails("Linus T", "Acme", List.of(), false));
        Member b = test.parts.members.save(Member.named("linus t").withDetails("linus t", "ACME", List.of("x"), false));
        List<DuplicateMembers> duplicates = test.parts.members.duplicates(10);
        assertEquals(1, duplicates.size());
        assertEquals(0.7, duplicates.get(0).score());
        assertEquals(List.of(a.id(), b.id()), List.of(duplicates.get(0).first().id(), duplicates.get(0).second().id()));
    }

    @Test
    void aStaleSaveIsRefusedAndTheTeamFlagTellsTheScores() {
        Member ada = test.member("Ada", "github:ada");
        List<Long> told = new java.util.ArrayList<>();
        test.parts.recorder.addListener(new ActivityListener() {
            @Override
            public void activitiesAdded(List<org.rapport.community.Activity> activities) {
            }

            @Override
            public void membersChanged(java.util.Collection<Long> memberIds) {
                told.addAll(memberIds);
            }

            @Override
            public void everythingChanged() {
            }
        });
        Member staff = test.parts.members.save(ada.withDetails("Ada", "Rapport", List.of("Staff"), true));
        assertTrue(staff.team());
        assertEquals(List.of("staff"), staff.tags());
        assertEquals(List.of(ada.id()), told);
        assertThrows(java.util.ConcurrentModificationException.class,
                () -> test.parts.members.save(ada.withDetails("Ada L", "", List.of(), false)));
        assertEquals(1, test.parts.members.count(new MemberQuery("", "staff", true, false, null, null)));
        assertTrue(test.parts.members.addIdentity(ada.id(), Identity.of("slack", "U123", "", false, "manual"))
                .platforms().contains("slack"));
    }

    private static List<String> names(List<Member> members) {
        return members.stream().map(Member::displayName).toList();
    }
}
