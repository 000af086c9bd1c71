package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineTopics;

/**
 * A won deal is announced ({@link PipelineTopics#OPPORTUNITY_WON}) with its person, amount and currency, each time it
 * becomes won, whichever way: a move, a save in the won stage, an undone reopening; a lost deal is not.
 */
class DealWonEventTest {

    @TempDir
    Path workspace;
    private TestPipeline test;
    private final List<Event> won = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        test = new TestPipeline(workspace);
        test.events.addListener(event -> {
            if (event.getTopic().equals(PipelineTopics.OPPORTUNITY_WON)) {
                won.add(event);
            }
        });
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aDealMovedToWonIsAnnouncedWithPersonAmountAndCurrency() {
        Pipeline pipeline = test.newBusiness();
        Opportunity deal = test.deal("Fleet renewal", "Proposal", "12500.50", "EUR", "sam", LocalDate.of(2026, 3, 1));

        Opportunity moved = test.opportunities.moveToStage(deal.getId(), deal.getVersion(), pipeline.wonStage().id(), null)
                .opportunity();

        assertEquals(1, won.size());
        Event event = won.get(0);
        assertEquals(deal.getId(), event.getProperty(PipelineTopics.OPPORTUNITY_ID));
        assertEquals(TestPipeline.ADA.id(), event.getProperty(PipelineTopics.PERSON_ID));
        assertEquals(new BigDecimal("12500.50"), event.getProperty(PipelineTopics.AMOUNT));
        assertEquals("EUR", event.getProperty(PipelineTopics.CURRENCY));

        Opportunity edited = moved.copy();
        edited.setTitle("Fleet renewal 2026");
        Opportunity saved = test.opportunities.save(edited);
        assertEquals(1, won.size(), "editing a won deal does not win it again");

        Opportunity reopened = test.opportunities.moveToStage(saved.getId(), saved.getVersion(),
                test.stage(pipeline, "Negotiation"), null).opportunity();
        test.opportunities.undoLastMove(reopened.getId(), reopened.getVersion());
        assertEquals(2, won.size(), "undoing the reopening wins it again");
    }

    @Test
    void aDealSavedIntoTheWonStageIsAnnouncedAndALostOneIsNot() {
        Pipeline pipeline = test.newBusiness();
        Opportunity deal = test.deal("Training", "Lead", "900", "USD", "sam", LocalDate.of(2026, 3, 1));
        Opportunity lost = test.deal("Audit", "Lead", "400", "USD", "sam", LocalDate.of(2026, 3, 1));

        test.opportunities.moveToStage(lost.getId(), lost.getVersion(), pipeline.lostStage().id(), "Budget cut");
        Opportunity edited = deal.copy();
        edited.setStageId(pipeline.wonStage().id());
        test.opportunities.save(edited);

        assertEquals(List.of(deal.getId()), won.stream().map(e -> e.getProperty(PipelineTopics.OPPORTUNITY_ID)).toList());
    }
}
