package org.rapport.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.core.runtime.IAdaptable;
import org.rapport.core.PersonRef;

/**
 * One opportunity as a board card or a table row shows it, read by a projection query (no entity graph). Adapts to
 * {@link PersonRef} when it concerns a person, so selecting it makes the Timeline follow the person.
 *
 * @param id               the opportunity
 * @param version          its version, for a move ({@link OpportunityService#moveToStage})
 * @param title            its title
 * @param personId         the person's contacts id, or {@code null}
 * @param personName       the person's name as last saved, or empty
 * @param organizationId   the organization's contacts id, or {@code null}
 * @param organizationName the organization's name as last saved, or empty
 * @param pipelineId       its pipeline
 * @param stageId          its stage
 * @param stageName        the stage's name
 * @param status           open, won or lost
 * @param amount           the amount
 * @param currency         the amount's currency
 * @param probability      the win probability in percent
 * @param expectedClose    the expected (or actual, when closed) close date, or {@code null}
 * @param owner            the rep's user name
 * @param nextStep         the next step, or empty
 */
public record OpportunitySummary(long id, int version, String title, Long personId, String personName,
        Long organizationId, String organizationName, long pipelineId, long stageId, String stageName,
        OpportunityStatus status, BigDecimal amount, String currency, int probability, LocalDate expectedClose,
        String owner, String nextStep) implements IAdaptable {

    /** Amount times probability, to the cent. */
    public BigDecimal weightedAmount() {
        return amount.multiply(BigDecimal.valueOf(probability)).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Who the deal is with: the person's name, else the organization's, else empty. */
    public String counterpart() {
        if (personName != null && !personName.isEmpty()) {
            return organizationName == null || organizationName.isEmpty() ? personName : personName + " (" + organizationName + ")";
        }
        return organizationName == null ? "" : organizationName;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == PersonRef.class && personId != null) {
            return adapter.cast(new PersonRef(personId, personName == null ? "" : personName));
        }
        return null;
    }
}
