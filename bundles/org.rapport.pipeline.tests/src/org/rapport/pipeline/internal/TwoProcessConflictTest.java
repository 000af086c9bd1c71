package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.PersonRef;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.pipeline.ConcurrentChangeException;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.TestDatabases;

/**
 * Two Rapport processes on one team server edit the same deal: the second save, and a board move from the stale card,
 * are refused with the conflict the editor and the board turn into their conflict dialog; the first process's change is
 * kept, and after reloading the deal saves again.
 */
class TwoProcessConflictTest {

    @TempDir
    Path temp;

    private String url;
    private StandaloneDatabase database;
    private JpaPipelineService pipelines;
    private JpaOpportunityService opportunities;

    @BeforeEach
    void open() {
        Assumptions.assumeTrue(TestDatabases.onServer(),
                "two processes share a database only on a server; embedded Derby admits one process");
        url = TestDatabases.createServerDatabase();
        database = StandaloneDatabase.onServer(url, TestDatabases.user(), TestDatabases.password(), temp.resolve("ws"));
        PipelineUnit unit = new PipelineUnit(database);
        PipelineEvents events = new PipelineEvents();
        pipelines = new JpaPipelineService(unit, events);
        opportunities = new JpaOpportunityService(unit, events);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theSecondSaveOfTheSameDealGetsTheConflictAndTheFirstIsKept() throws Exception {
        Opportunity deal = new Opportunity("Analytical engine", stage("Qualified"));
        deal.setPerson(new PersonRef(101, "Ada Lovelace"));
        deal.setAmount(new BigDecimal("10000"));
        deal.setCurrency("EUR");
        deal.setOwner("ada");
        Opportunity created = opportunities.save(deal);
        Opportunity mine = opportunities.opportunity(created.getId()).orElseThrow(); // open in this process

        try (ChildJvm colleague = ChildJvm.start(EditDealMain.class, temp.resolve("child"), url, TestDatabases.user(),
                TestDatabases.password(), Long.toString(created.getId()), "25000", temp.resolve("child-ws").toString())) {
            assertEquals("SAVED " + (created.getVersion() + 1), colleague.awaitLine("SAVED ", 120),
                    "the colleague's save went through first");
        }

        mine.setAmount(new BigDecimal("12000"));
        assertThrows(ConcurrentChangeException.class, () -> opportunities.save(mine),
                "a save over the colleague's change is refused (the conflict dialog), not a lost update");
        assertThrows(ConcurrentChangeException.class,
                () -> opportunities.moveToStage(mine.getId(), mine.getVersion(), stage("Proposal"), null),
                "a drag on the board from the stale card is refused too");

        Opportunity reloaded = opportunities.opportunity(created.getId()).orElseThrow();
        assertEquals(0, new BigDecimal("25000").compareTo(reloaded.getAmount()), "the colleague's amount is kept");
        assertEquals(created.getVersion() + 1, reloaded.getVersion());
        assertEquals(stage("Qualified"), reloaded.getStageId(), "the refused move moved nothing");

        reloaded.setNextStep("Call Ada");
        assertEquals(created.getVersion() + 2, opportunities.save(reloaded).getVersion(), "after reloading, it saves");
    }

    private long stage(String name) {
        Pipeline newBusiness = pipelines.pipelines().stream().filter(p -> p.name().equals("New business")).findFirst()
                .orElseThrow();
        return newBusiness.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }
}
