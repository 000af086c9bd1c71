package org.rapport.loyalty.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentCondition;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentQuery;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.loyalty.EnrolmentSummary;
import org.rapport.loyalty.LoyaltyDailyRun;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.RuleService;
import org.rapport.testing.Osgi;

/**
 * A whole contacts segment is enrolled (the real contacts domain evaluates it), a re-run finds everyone enrolled; a
 * rule for the segment rewards its members only; the workbench's daily run, once asked for, has run today.
 */
class SegmentEnrolmentOsgiTest {

    @Test
    void aSegmentIsEnrolledOnceAndItsRuleRewardsItsMembersOnly() {
        Osgi.demoDataLoaded();
        SegmentService segments = Osgi.service(SegmentService.class);
        Segment vip = segments.save(new Segment("Loyalty VIPs " + System.nanoTime(), "tagged vip",
                SegmentCriteria.all(new SegmentCondition.HasAnyTag(List.of("vip")))));
        long[] vips = segments.ids(SegmentQuery.of(vip.getCriteria()));
        assertTrue(vips.length > 0, "the demo contacts have VIPs");
        ProgramService programs = Osgi.service(ProgramService.class);
        Program program = programs.create(ProgramDraft.of("VIP club " + System.nanoTime(), "EUR", BigDecimal.ONE));
        LocalDate today = LocalDate.now();

        EnrolmentSummary first = Osgi.service(org.rapport.loyalty.SegmentEnrolment.class).enroll(program.id(),
                vip.getId(), today, new NullProgressMonitor());
        assertEquals(new EnrolmentSummary(vips.length, 0, false), first);
        assertEquals(vips.length, programs.memberCount(program.id()));
        EnrolmentSummary again = Osgi.service(org.rapport.loyalty.SegmentEnrolment.class).enroll(program.id(),
                vip.getId(), today, new NullProgressMonitor());
        assertEquals(new EnrolmentSummary(0, vips.length, false), again);

        RuleService rules = Osgi.service(RuleService.class);
        rules.add(program.id(), RuleDraft.bonus("VIP ambassador", RuleKind.AMBASSADOR, 70).forSegment(vip.getId(),
                vip.getName()));
        rules.onEvent(RuleKind.AMBASSADOR, vips[0], "vip-" + System.nanoTime(), null, null, today);
        assertEquals(70, Osgi.service(org.rapport.loyalty.LedgerService.class).statement(program.id(), vips[0], today)
                .available(), "a VIP (who may also get the demo program's ambassador bonus there)");
        long outsider = 7_000_000_000L + System.nanoTime() % 1_000_000;
        programs.enroll(program.id(), outsider, today);
        assertEquals(0, rules.onEvent(RuleKind.AMBASSADOR, outsider, "out-" + System.nanoTime(), null, null, today),
                "a member outside the segment");

        LoyaltyDailyRun daily = Osgi.service(LoyaltyDailyRun.class);
        assertTrue(Osgi.eventually(() -> daily.lastRun().equals(Optional.of(today))), "the daily run ran today");
        assertEquals(today.plusDays(1), daily.nextRun());
        assertFalse(daily.runThrough(today).contains(today), "and does not run today twice");
    }
}
