package org.rapport.loyalty.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.PersonRef;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.RuleService;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseService;
import org.rapport.pipeline.cases.CaseStatus;
import org.rapport.pipeline.cases.SupportCase;
import org.rapport.testing.Osgi;

/**
 * A satisfied complaint and a won deal in the real pipeline bundle give their loyalty bonuses through the runtime's
 * real EventAdmin: both domains' services from Declarative Services on the runtime's workspace, nothing wired by hand.
 */
class PipelineBonusOsgiTest {

    @Test
    void aSatisfiedComplaintAndAWonDealGiveTheirBonusesOnce() {
        Osgi.demoDataLoaded();
        ProgramService programs = Osgi.service(ProgramService.class);
        LedgerService ledger = Osgi.service(LedgerService.class);
        RuleService rules = Osgi.service(RuleService.class);
        Program program = programs.create(ProgramDraft.of("Pipeline bonuses " + System.nanoTime(), "EUR", BigDecimal.ONE));
        long person = 8_000_000_000L + System.nanoTime() % 1_000_000;
        programs.enroll(program.id(), person, LocalDate.now().minusDays(1));
        rules.add(program.id(), RuleDraft.bonus("Thank you for your patience", RuleKind.SATISFIED_CASE, 250));
        rules.add(program.id(), RuleDraft.bonus("Won deal", RuleKind.DEAL_WON, 100).perUnit(new BigDecimal("0.01")));
        PersonRef customer = new PersonRef(person, "Erin Loyal");

        CaseService cases = Osgi.service(CaseService.class);
        SupportCase complaint0 = new SupportCase(customer, CaseChannel.EMAIL, "Delivery", CasePriority.NORMAL,
                "Parcel damaged", "The box arrived crushed");
        complaint0.setOwner("desk");
        SupportCase opened = cases.save(complaint0);
        SupportCase working = cases.changeStatus(opened.getId(), opened.getVersion(), CaseStatus.IN_PROGRESS, null, null);
        SupportCase resolved = cases.changeStatus(working.getId(), working.getVersion(), CaseStatus.RESOLVED,
                "Sent a new one", 5);
        cases.changeStatus(resolved.getId(), resolved.getVersion(), CaseStatus.CLOSED, null, 5);

        assertTrue(Osgi.eventually(() -> bonuses(ledger, program, person).size() == 1), "the complaint's bonus arrived");
        LedgerEntry complaint = bonuses(ledger, program, person).get(0);
        assertEquals(250, complaint.points());
        assertEquals("Thank you for your patience (satisfied complaint, case " + opened.getId() + ")", complaint.reason());

        Pipeline pipeline = Osgi.service(PipelineService.class).pipelines().get(0);
        OpportunityService opportunities = Osgi.service(OpportunityService.class);
        Opportunity deal = new Opportunity("Fleet service contract", pipeline.stages().get(0).id());
        deal.setPerson(customer);
        deal.setAmount(new BigDecimal("4200"));
        deal.setCurrency("EUR");
        deal.setOwner("sam");
        deal = opportunities.save(deal);
        opportunities.moveToStage(deal.getId(), deal.getVersion(), pipeline.wonStage().id(), null);

        assertTrue(Osgi.eventually(() -> bonuses(ledger, program, person).size() == 2), "the deal's bonus arrived");
        assertEquals(List.of(250L, 100L + 42), bonuses(ledger, program, person).stream().map(LedgerEntry::points).toList(),
                "100 + ⌊4,200 × 0.01⌋; the complaint's closing after its resolution gave nothing more");
        assertEquals(392, ledger.statement(program.id(), person, LocalDate.now()).available());
    }

    private static List<LedgerEntry> bonuses(LedgerService ledger, Program program, long person) {
        return ledger.ledger(program.id(), person, 0, 100).rows().stream().filter(e -> e.type() == EntryType.BONUS)
                .sorted(java.util.Comparator.comparingLong(LedgerEntry::id)).toList();
    }
}
