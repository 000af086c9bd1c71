package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.pipeline.Board;
import org.rapport.pipeline.BoardColumn;
import org.rapport.pipeline.BoardQuery;
import org.rapport.pipeline.ConcurrentChangeException;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.Money;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.OpportunityQuery;
import org.rapport.pipeline.OpportunitySort;
import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageMove;
import org.rapport.pipeline.StageVisit;

/** Opportunities, their stages, history, undo, probabilities and conflicts, on a real Derby. */
class OpportunityServiceTest {

    @TempDir
    Path workspace;
    private TestPipeline test;

    @BeforeEach
    void open() {
        test = new TestPipeline(workspace);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aNewDatabaseHasTheTwoDefaultPipelinesWithOpenWonAndLostStages() {
        List<Pipeline> pipelines = test.pipelines.pipelines();

        assertEquals(List.of("New business", "Renewals"), pipelines.stream().map(Pipeline::name).toList());
        assertEquals(List.of("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"),
                pipelines.get(0).stages().stream().map(Stage::name).toList());
        assertEquals(List.of(10, 25, 50, 75, 100, 0), pipelines.get(0).stages().stream().map(Stage::probability).toList());
    }

    @Test
    void theProbabilityFollowsTheStageUnlessOverridden() {
        Opportunity deal = test.deal("Store fit-out", "Lead", "10000", "EUR", "anna", LocalDate.of(2026, 3, 1));
        assertEquals(10, deal.getProbability(), "a new deal takes the stage's default");

        Opportunity moved = test.opportunities.moveToStage(deal.getId(), deal.getVersion(),
                test.stage(test.newBusiness(), "Proposal"), null).opportunity();
        assertEquals(50, moved.getProbability(), "a move takes the new stage's default");

        moved.setProbabilityOverride(33);
        Opportunity overridden = test.opportunities.save(moved);
        assertEquals(33, overridden.getProbability());
        Opportunity stillOverridden = test.opportunities.moveToStage(overridden.getId(), overridden.getVersion(),
                test.stage(test.newBusiness(), "Negotiation"), null).opportunity();
        assertEquals(33, stillOverridden.getProbability(), "an override survives a move between open stages");

        Opportunity won = test.opportunities.moveToStage(stillOverridden.getId(), stillOverridden.getVersion(),
                test.newBusiness().wonStage().id(), null).opportunity();
        assertEquals(100, won.getProbability(), "won counts in full whatever the override");
        assertEquals(OpportunityStatus.WON, won.getStatus());
        assertEquals(LocalDate.of(2026, 2, 10), won.getClosedOn());
    }

    @Test
    void aNewStageDefaultReachesTheDealsThatFollowIt() {
        Opportunity follows = test.deal("Follows", "Qualified", "1000", "EUR", "anna", null);
        Opportunity own = test.deal("Own", "Qualified", "1000", "EUR", "anna", null);
        own.setProbabilityOverride(90);
        test.opportunities.save(own);
        Pipeline pipeline = test.newBusiness();
        List<Stage> stages = pipeline.stages().stream().map(s -> s.name().equals("Qualified") ? s.withProbability(30) : s).toList();

        test.pipelines.save(pipeline.withStages(stages));

        assertEquals(30, test.opportunities.opportunity(follows.getId()).orElseThrow().getProbability());
        assertEquals(90, test.opportunities.opportunity(own.getId()).orElseThrow().getProbability());
    }

    @Test
    void movesAreRecordedAndUndoneOneByOne() {
        Pipeline pipeline = test.newBusiness();
        Opportunity deal = test.deal("Team rollout", "Lead", "5000", "EUR", "anna", null);
        test.clock.set(Instant.parse("2026-02-11T09:00:00Z"));
        StageMove first = test.opportunities.moveToStage(deal.getId(), deal.getVersion(), test.stage(pipeline, "Qualified"), null);
        test.clock.set(Instant.parse("2026-02-13T09:00:00Z"));
        StageMove second = test.opportunities.moveToStage(deal.getId(), first.opportunity().getVersion(),
                test.stage(pipeline, "Proposal"), null);

        List<StageVisit> history = test.opportunities.history(deal.getId());
        assertEquals(List.of("Lead", "Qualified", "Proposal"), history.stream().map(StageVisit::stageName).toList());
        assertEquals(Instant.parse("2026-02-11T09:00:00Z"), history.get(0).leftAt());
        assertNull(history.get(2).leftAt(), "still in the last stage");

        Opportunity undone = test.opportunities.undoLastMove(deal.getId(), second.opportunity().getVersion());
        assertEquals(test.stage(pipeline, "Qualified"), undone.getStageId());
        assertEquals(25, undone.getProbability());
        assertEquals(List.of("Lead", "Qualified"), test.opportunities.history(deal.getId()).stream().map(StageVisit::stageName).toList());
        assertNull(test.opportunities.history(deal.getId()).get(1).leftAt(), "back in Qualified");

        Opportunity atStart = test.opportunities.undoLastMove(deal.getId(), undone.getVersion());
        assertEquals(test.stage(pipeline, "Lead"), atStart.getStageId());
        PipelineValidationException nothing = assertThrows(PipelineValidationException.class,
                () -> test.opportunities.undoLastMove(deal.getId(), atStart.getVersion()));
        assertTrue(nothing.getMessage().contains("no stage move to undo"), nothing.getMessage());
    }

    @Test
    void aLostDealNeedsAReasonAndUndoReopensIt() {
        Pipeline pipeline = test.newBusiness();
        Opportunity deal = test.deal("Pilot", "Proposal", "5000", "EUR", "anna", LocalDate.of(2026, 5, 1));

        PipelineValidationException noReason = assertThrows(PipelineValidationException.class,
                () -> test.opportunities.moveToStage(deal.getId(), deal.getVersion(), pipeline.lostStage().id(), " "));
        assertEquals("lostReason", noReason.problems().get(0).field());
        assertEquals(OpportunityStatus.OPEN, test.opportunities.opportunity(deal.getId()).orElseThrow().getStatus(),
                "nothing written");

        Opportunity lost = test.opportunities.moveToStage(deal.getId(), deal.getVersion(), pipeline.lostStage().id(),
                "Chose a competitor").opportunity();
        assertEquals(OpportunityStatus.LOST, lost.getStatus());
        assertEquals(0, lost.getProbability());
        assertEquals("Chose a competitor", lost.getLostReason());

        Opportunity reopened = test.opportunities.undoLastMove(deal.getId(), lost.getVersion());
        assertEquals(OpportunityStatus.OPEN, reopened.getStatus());
        assertEquals(50, reopened.getProbability());
        assertNull(reopened.getClosedOn());
        assertEquals(LocalDate.of(2026, 5, 1), reopened.getExpectedClose(), "the expected close date was kept");
    }

    @Test
    void aStaleCopyIsRefusedWithAClearMessageAndNothingIsOverwritten() {
        Opportunity deal = test.deal("Consulting package", "Lead", "5000", "EUR", "anna", null);
        Opportunity mine = test.opportunities.opportunity(deal.getId()).orElseThrow();
        Opportunity theirs = test.opportunities.opportunity(deal.getId()).orElseThrow();
        theirs.setAmount(new BigDecimal("7000"));
        test.opportunities.save(theirs);

        mine.setNextStep("Call back");
        ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class, () -> test.opportunities.save(mine));
        assertTrue(conflict.getMessage().contains("'Consulting package' was changed or deleted by someone else"),
                conflict.getMessage());
        assertThrows(ConcurrentChangeException.class, () -> test.opportunities.moveToStage(deal.getId(), mine.getVersion(),
                test.stage(test.newBusiness(), "Qualified"), null), "a card with an old version cannot be moved");

        Opportunity stored = test.opportunities.opportunity(deal.getId()).orElseThrow();
        assertEquals(new BigDecimal("7000.00"), stored.getAmount());
        assertEquals("", stored.getNextStep());
    }

    @Test
    void invalidValuesAreRefusedByField() {
        Opportunity bad = new Opportunity(" ", test.stage(test.newBusiness(), "Lead"));
        bad.setAmount(new BigDecimal("-5"));
        bad.setCurrency("EURO");
        bad.setProbabilityOverride(120);

        PipelineValidationException e = assertThrows(PipelineValidationException.class, () -> test.opportunities.save(bad));

        assertEquals(List.of("title", "person", "amount", "currency", "probability", "owner"),
                e.problems().stream().map(FieldProblem::field).toList());
        assertEquals(0, test.opportunities.count(OpportunityQuery.ALL));
    }

    @Test
    void theBoardCountsAndSumsEveryColumnAndFiltersByOwnerAndPerson() {
        for (int i = 0; i < 7; i++) {
            test.deal("Lead " + i, "Lead", "1000", "EUR", i % 2 == 0 ? "anna" : "ben", LocalDate.of(2026, 3, 1 + i));
        }
        test.deal("Dollar deal", "Lead", "250", "USD", "anna", LocalDate.of(2026, 3, 20));
        Opportunity grace = test.deal("Grace's", "Proposal", "4000", "EUR", "ben", null);
        grace.setPerson(TestPipeline.GRACE);
        test.opportunities.save(grace);
        Pipeline pipeline = test.newBusiness();

        Board board = test.opportunities.board(new BoardQuery(pipeline.id(), null, null, 3, null));
        BoardColumn lead = board.columns().get(0);
        assertEquals(8, lead.count());
        assertEquals(List.of(new Money(new BigDecimal("7000.00"), "EUR"), new Money(new BigDecimal("250.00"), "USD")), lead.totals());
        assertEquals(new BigDecimal("700.00"), lead.weighted().get(0).amount().setScale(2));
        assertEquals(List.of("Lead 0", "Lead 1", "Lead 2"), lead.cards().stream().map(OpportunitySummary::title).toList(),
                "the first cards by expected close date");
        assertTrue(lead.hasMore());
        assertEquals(1, board.columns().get(2).count());
        assertEquals(9, board.count());

        assertEquals(5, test.opportunities.board(new BoardQuery(pipeline.id(), "anna", null, 3, null)).columns().get(0).count());
        Board graceOnly = test.opportunities.board(new BoardQuery(pipeline.id(), null, TestPipeline.GRACE.id(), 3, null));
        assertEquals(1, graceOnly.count());
        assertEquals(TestPipeline.GRACE, graceOnly.columns().get(2).cards().get(0).getAdapter(org.rapport.core.PersonRef.class));
        assertEquals(List.of("Lead 3", "Lead 4"), test.opportunities.cards(board.query(), lead.stage().id(), 3, 2).stream()
                .map(OpportunitySummary::title).toList(), "more cards of a column");
    }

    @Test
    void theTablePagesSortsAndFilters() {
        test.deal("Beta", "Lead", "3000", "EUR", "anna", null);
        test.deal("Alpha", "Proposal", "1000", "EUR", "ben", null);
        test.deal("Alpine", "Lead", "2000", "EUR", "anna", null);

        OpportunityQuery byAmount = OpportunityQuery.ALL.sortedBy(OpportunitySort.AMOUNT, true);
        assertEquals(List.of("Beta", "Alpine", "Alpha"), test.opportunities.page(byAmount, 0, 10).stream()
                .map(OpportunitySummary::title).toList());
        assertEquals(List.of("Alpha", "Alpine"), test.opportunities.page(OpportunityQuery.ALL.withTitlePrefix("alp")
                .sortedBy(OpportunitySort.TITLE, false), 0, 10).stream().map(OpportunitySummary::title).toList());
        assertEquals(2, test.opportunities.count(OpportunityQuery.ALL.ownedBy("anna")));
        assertEquals("Proposal", test.opportunities.page(OpportunityQuery.ALL.ownedBy("ben"), 0, 1).get(0).stageName());
        assertEquals(List.of("anna", "ben"), test.opportunities.owners());
    }

    @Test
    void aStageThatHoldsDealsCannotBeRemoved() {
        test.deal("Held", "Qualified", "1000", "EUR", "anna", null);
        Pipeline pipeline = test.newBusiness();
        List<Stage> without = pipeline.stages().stream().filter(s -> !s.name().equals("Qualified")).toList();

        PipelineValidationException e = assertThrows(PipelineValidationException.class,
                () -> test.pipelines.save(pipeline.withStages(without)));

        assertTrue(e.getMessage().contains("Stage 'Qualified' still holds 1 opportunity"), e.getMessage());
        assertEquals(6, test.newBusiness().stages().size());
    }
}
