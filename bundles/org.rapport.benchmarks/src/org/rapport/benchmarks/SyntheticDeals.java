package org.rapport.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.rapport.core.PersonRef;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;

/**
 * Writes many generated opportunities through the pipeline's own {@link OpportunityService}, for benchmarks:
 * {@code open} deals spread over the open stages of a pipeline, the rest won or lost, with close dates spread over
 * two years and eight reps (closed deals close on the day they are written). The same every time for a seed. Each
 * deal is saved as a user's would be (its stage history and forecast cells included), so what is measured afterwards
 * sees what the product writes.
 */
public final class SyntheticDeals {

    private static final String[] OWNERS = { "anna.keller", "ben.osei", "chloe.martin", "david.lind", "eva.berg",
            "farid.haddad", "gina.rossi", "hugo.moreau" };

    private final Random random;

    /** Deals drawn with this seed. */
    public SyntheticDeals(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Saves {@code total} deals into the pipeline, {@code open} of them open, closing (or expected to close) in the
     * two years from {@code firstDay}; returns how many were written.
     */
    public int insert(OpportunityService opportunities, Pipeline pipeline, int total, int open, LocalDate firstDay) {
        List<Stage> openStages = pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        Stage won = pipeline.stages().stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        Stage lost = pipeline.stages().stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
        for (int i = 0; i < total; i++) {
            boolean isOpen = i < open;
            Stage stage = isOpen ? openStages.get(random.nextInt(openStages.size())) : random.nextInt(10) < 3 ? won : lost;
            // a deal starts in an open stage; a closed one is then moved to won or lost, as a rep does
            Opportunity o = new Opportunity("Deal " + (i + 1), isOpen ? stage.id() : openStages.get(0).id());
            o.setPerson(new PersonRef(1L + random.nextInt(100_000), "Person " + (i % 100_000)));
            o.setAmount(BigDecimal.valueOf(500 + random.nextInt(200) * 250L).setScale(2));
            o.setCurrency(random.nextInt(20) == 0 ? "USD" : "EUR");
            o.setOwner(OWNERS[random.nextInt(OWNERS.length)]);
            o.setExpectedClose(firstDay.plusDays(random.nextInt(730)));
            Opportunity saved = opportunities.save(o);
            if (!isOpen) {
                opportunities.moveToStage(saved.getId(), saved.getVersion(), stage.id(), stage == lost ? "Price" : null);
            }
        }
        return total;
    }
}
