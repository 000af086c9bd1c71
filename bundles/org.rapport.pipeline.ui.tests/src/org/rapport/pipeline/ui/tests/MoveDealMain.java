package org.rapport.pipeline.ui.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.rapport.persistence.StandaloneDatabase;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.StandalonePipeline;

/**
 * Child-JVM program for the live-refresh test: a colleague's Rapport on the same PostgreSQL database moves a deal to
 * another stage through the pipeline services, prints {@code MOVED} with the time (epoch microseconds), and ends once its change notification went out.
 * <p>
 * Arguments: URL USER PASSWORD WORKSPACE OPPORTUNITY_ID STAGE_ID
 */
public final class MoveDealMain {

    private MoveDealMain() {
    }

    public static void main(String[] args) throws Exception {
        long opportunityId = Long.parseLong(args[4]);
        long stageId = Long.parseLong(args[5]);
        try (StandalonePipeline pipeline = StandalonePipeline.on(
                StandaloneDatabase.onServer(args[0], args[1], args[2], Path.of(args[3])))) {
            Opportunity deal = pipeline.opportunities().opportunity(opportunityId).orElseThrow();
            System.out.println("READY");
            System.out.flush();
            pipeline.opportunities().moveToStage(opportunityId, deal.getVersion(), stageId, null);
            System.out.println("MOVED " + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
            System.out.flush();
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
