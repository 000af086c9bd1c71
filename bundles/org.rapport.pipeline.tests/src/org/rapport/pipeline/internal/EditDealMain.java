package org.rapport.pipeline.internal;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.rapport.persistence.StandaloneDatabase;
import org.rapport.pipeline.Opportunity;

/**
 * A second Rapport process for {@link TwoProcessConflictTest}: on the same server database it changes a deal's amount
 * through the opportunity service, prints {@code SAVED <version>}, and ends.
 * <p>
 * Arguments: JDBC URL, user, password, opportunity id, new amount, scratch folder.
 */
public final class EditDealMain {

    private EditDealMain() {
    }

    public static void main(String[] args) {
        try (StandaloneDatabase database = StandaloneDatabase.onServer(args[0], args[1], args[2], Path.of(args[5]))) {
            JpaOpportunityService opportunities = new JpaOpportunityService(new PipelineUnit(database),
                    new PipelineEvents());
            Opportunity deal = opportunities.opportunity(Long.parseLong(args[3])).orElseThrow();
            deal.setAmount(new BigDecimal(args[4]));
            System.out.println("SAVED " + opportunities.save(deal).getVersion());
        }
    }
}
