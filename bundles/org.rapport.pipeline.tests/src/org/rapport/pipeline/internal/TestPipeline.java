package org.rapport.pipeline.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.rapport.core.PersonRef;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.testing.TestDatabases;

/**
 * The pipeline services on a real database of their own (embedded Derby in a test's temp folder, or a new database
 * on the test server), built the way DS builds them, with a clock the test sets. Close it at the end of the test.
 */
final class TestPipeline implements AutoCloseable {

    static final PersonRef ADA = new PersonRef(101, "Ada Lovelace");
    static final PersonRef GRACE = new PersonRef(102, "Grace Hopper");

    final StandaloneDatabase database;
    final PipelineUnit unit;
    final PipelineEvents events = new PipelineEvents();
    final SettableClock clock = new SettableClock(Instant.parse("2026-02-10T09:00:00Z"), ZoneOffset.UTC);
    final JpaPipelineService pipelines;
    final JpaOpportunityService opportunities;
    final JpaForecastService forecasts;
    final JpaActivityService activities;
    final JpaCaseService cases;
    final JpaCampaignService campaigns;
    final IcsCalendarExchange calendar;

    TestPipeline(Path workspace) {
        database = TestDatabases.create(workspace);
        unit = new PipelineUnit(database);
        pipelines = new JpaPipelineService(unit, events);
        opportunities = new JpaOpportunityService(unit, events, clock);
        forecasts = new JpaForecastService(unit);
        activities = new JpaActivityService(unit, events, clock);
        cases = new JpaCaseService(unit, events, clock);
        campaigns = new JpaCampaignService(unit, events);
        calendar = new IcsCalendarExchange(unit, events);
    }

    Pipeline newBusiness() {
        return pipelines.pipelines().stream().filter(p -> p.name().equals("New business")).findFirst().orElseThrow();
    }

    long stage(Pipeline pipeline, String name) {
        return pipeline.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Saves a deal with Ada in a stage of "New business". */
    Opportunity deal(String title, String stage, String amount, String currency, String owner, LocalDate close) {
        Opportunity o = new Opportunity(title, stage(newBusiness(), stage));
        o.setPerson(ADA);
        o.setAmount(new BigDecimal(amount));
        o.setCurrency(currency);
        o.setOwner(owner);
        o.setExpectedClose(close);
        return opportunities.save(o);
    }

    @Override
    public void close() {
        database.close();
    }
}
