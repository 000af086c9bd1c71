package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.PersonRef;
import org.rapport.core.user.RapportUser;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.StageVisit;
import org.rapport.testing.TestDatabases;

/**
 * A deal's stage history names who moved it: on a laptop the name from Preferences > Rapport, on a team server the
 * database login.
 */
class RecordedUserTest {

    @TempDir
    Path workspace;

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(RapportUser.PREFERENCE_NODE);
    private StandaloneDatabase database;
    private JpaPipelineService pipelines;
    private JpaOpportunityService opportunities;

    @BeforeEach
    void open() {
        preferences.put(RapportUser.PREFERENCE_KEY, "anna.keller");
        database = TestDatabases.create(workspace);
        PipelineUnit unit = new PipelineUnit(database);
        PipelineEvents events = new PipelineEvents();
        pipelines = new JpaPipelineService(unit, events);
        opportunities = new JpaOpportunityService(unit, events);
    }

    @AfterEach
    void close() {
        database.close();
        preferences.remove(RapportUser.PREFERENCE_KEY);
    }

    @Test
    void theStageHistoryNamesWhoCreatedAndWhoMovedTheDeal() {
        Opportunity deal = new Opportunity("Analytical engine", stage("Lead"));
        deal.setPerson(new PersonRef(101, "Ada Lovelace"));
        deal.setAmount(new BigDecimal("10000"));
        deal.setCurrency("EUR");
        deal.setOwner("anna.keller");
        Opportunity created = opportunities.save(deal);

        preferences.put(RapportUser.PREFERENCE_KEY, "ben.ortiz");
        opportunities.moveToStage(created.getId(), created.getVersion(), stage("Proposal"), null);

        List<StageVisit> history = opportunities.history(created.getId());
        assertEquals(List.of("Lead", "Proposal"), history.stream().map(StageVisit::stageName).toList());
        boolean server = TestDatabases.onServer();
        assertEquals(server ? TestDatabases.user() : "anna.keller", history.get(0).changedBy(), "who created it");
        assertEquals(server ? TestDatabases.user() : "ben.ortiz", history.get(1).changedBy(), "who moved it");
    }

    private long stage(String name) {
        Pipeline newBusiness = pipelines.pipelines().stream().filter(p -> p.name().equals("New business")).findFirst()
                .orElseThrow();
        return newBusiness.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }
}
