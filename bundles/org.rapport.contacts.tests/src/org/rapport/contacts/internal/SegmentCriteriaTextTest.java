package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Sex;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentCondition.AgeBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomChoiceIn;
import org.rapport.contacts.segments.SegmentCondition.CustomDateBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomNumberBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomTextEquals;
import org.rapport.contacts.segments.SegmentCondition.HasAllTags;
import org.rapport.contacts.segments.SegmentCondition.HasAnyTag;
import org.rapport.contacts.segments.SegmentCondition.IncomeAtMost;
import org.rapport.contacts.segments.SegmentCondition.LanguageIn;
import org.rapport.contacts.segments.SegmentCondition.MarketingConsent;
import org.rapport.contacts.segments.SegmentCondition.OwnerIn;
import org.rapport.contacts.segments.SegmentCondition.SexIn;
import org.rapport.contacts.segments.SegmentCondition.SocialFootprint;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentCriteria.Match;
import org.rapport.contacts.segments.SegmentFormatException;

/** The criteria text format: every condition survives writing and reading, and bad text is refused by line. */
class SegmentCriteriaTextTest {

    @Test
    void everyConditionIsWrittenAndReadBackEqual() {
        SegmentCriteria all = new SegmentCriteria(Match.ANY, List.of(new AgeBetween(null, 40), new SexIn(List.of(Sex.DIVERSE,
                Sex.UNSPECIFIED)), new IncomeAtMost(IncomeBand.D), new LanguageIn(List.of("de", "EN")),
                new OwnerIn(List.of("anna.keller")), new MarketingConsent(false), new HasAnyTag(List.of("vip", "event 2026")),
                new HasAllTags(List.of("b2b", "partner")), new SocialFootprint("bluesky", 0, true),
                new CustomTextEquals("nickname", "Big \"Al\" \\o/"), new CustomChoiceIn("channel", List.of("e-mail", "phone")),
                new CustomNumberBetween("annual_value", new BigDecimal("1000.50"), null),
                new CustomDateBetween("customer_since", null, LocalDate.of(2023, 12, 31))));

        String text = all.toText();

        assertEquals(all, SegmentCriteria.parse(text));
        assertEquals("custom nickname text \"Big \\\"Al\\\" \\\\o/\"", text.lines().toList().get(11));
        Segment segment = new Segment("All kinds", "", all);
        assertEquals(all, segment.getCriteria());
    }

    @Test
    void commentsBlankLinesAndDefaultsAreAccepted() {
        SegmentCriteria read = SegmentCriteria.parse("""
                # written by hand
                rapport-segment 1

                age 65..   # pensioners
                social mastodon followers >= 1,000
                """);

        assertEquals(SegmentCriteria.all(new AgeBetween(65, null), new SocialFootprint("mastodon", 1000, false)), read);
    }

    @Test
    void badTextIsRefusedNamingTheLineAndWhatToWrite() {
        assertProblem("", 1, "the criteria are empty; they start with 'rapport-segment 1'.");
        assertProblem("rapport-segment 2\nage 20..30", 1, "these criteria are in format version 2, written by a newer"
                + " Rapport; this one reads version 1. Update Rapport to use this segment.");
        assertProblem("age 20..30", 1, "segment criteria start with the line 'rapport-segment 1'.");
        assertProblem("rapport-segment 1\nage 20..30\nincme >= B", 3, "'incme' is not a condition; use one of age, sex,"
                + " income, language, owner, consent, tags, social, custom.");
        assertProblem("rapport-segment 1\nage 40..20", 2, "The lowest age 40 is above the highest 20.");
        assertProblem("rapport-segment 1\nincome >= Z", 2, "'Z' is not an income band; use A (highest) to E.");
        assertProblem("rapport-segment 1\ncustom nickname text \"Big Al", 2, "a quoted value is not closed; end it with \".");
        assertProblem("rapport-segment 1\nsex female robot", 2, "'robot' is not a sex; use female, male, diverse or unspecified.");
        assertProblem("rapport-segment 1\ncustom since date 2020-13-01..", 2, "'2020-13-01..' is not a range of dates (YYYY-MM-DD).");
    }

    private static void assertProblem(String text, int line, String problem) {
        SegmentFormatException e = assertThrows(SegmentFormatException.class, () -> SegmentCriteria.parse(text));
        assertEquals(line, e.line());
        assertEquals("Segment criteria, line " + line + ": " + problem, e.getMessage());
    }
}
