package org.rapport.pipeline.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.rapport.core.PersonRef;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.internal.model.OpportunityEntity;

/** Copies between the opportunity DTO and its row, and checks a DTO's values. */
final class OpportunityMapper {

    /** JPQL select of {@code OpportunitySummary} over {@code Opportunity o, Stage s}. */
    static final String SUMMARY = "SELECT NEW org.rapport.pipeline.OpportunitySummary(o.id, o.version, o.title, o.personId,"
            + " o.personName, o.organizationId, o.organizationName, o.pipelineId, o.stageId, s.name, o.status, o.amount,"
            + " o.currency, o.probability, o.expectedClose, o.owner, o.nextStep) FROM Opportunity o, Stage s"
            + " WHERE s.id = o.stageId";

    private OpportunityMapper() {
    }

    static Opportunity toDto(OpportunityEntity e) {
        Opportunity o = new Opportunity(e.getTitle(), e.getStageId());
        o.setPerson(e.getPersonId() == null ? null : new PersonRef(e.getPersonId(), nonNull(e.getPersonName())));
        o.setOrganization(e.getOrganizationId(), e.getOrganizationName());
        o.setAmount(e.getAmount());
        o.setCurrency(e.getCurrency());
        o.setProbabilityOverride(e.getProbabilityOverride());
        o.setExpectedClose(e.getExpectedClose());
        o.setOwner(e.getOwner());
        o.setSourceCampaignId(e.getSourceCampaignId());
        o.setNextStep(nonNull(e.getNextStep()));
        o.setLostReason(nonNull(e.getLostReason()));
        o.loadState(e.getId(), e.getVersion(), e.getPipelineId(), e.getProbability(), e.getStatus(), e.getClosedOn(),
                e.getCreatedAt(), e.getUpdatedAt());
        return o;
    }

    /** Copies the editable fields (not the stage: moves go through the history). */
    static void copyFields(Opportunity from, OpportunityEntity to) {
        to.setTitle(from.getTitle().trim());
        PersonRef person = from.getPerson();
        to.setPerson(person == null ? null : person.id(), person == null ? "" : person.displayName());
        to.setOrganization(from.getOrganizationId(), nonNull(from.getOrganizationName()));
        to.setAmount(from.getAmount().setScale(2, java.math.RoundingMode.HALF_UP));
        to.setCurrency(from.getCurrency().trim().toUpperCase(java.util.Locale.ROOT));
        to.setProbabilityOverride(from.getProbabilityOverride());
        to.setExpectedClose(from.getExpectedClose());
        to.setOwner(nonNull(from.getOwner()).trim());
        to.setSourceCampaignId(from.getSourceCampaignId());
        to.setNextStep(nonNull(from.getNextStep()).trim());
        to.setLostReason(nonNull(from.getLostReason()).trim());
    }

    static List<FieldProblem> problems(Opportunity o) {
        List<FieldProblem> problems = new ArrayList<>();
        if (o.getTitle() == null || o.getTitle().isBlank()) {
            problems.add(new FieldProblem("title", "An opportunity needs a title."));
        } else if (o.getTitle().trim().length() > 200) {
            problems.add(new FieldProblem("title", "The title is longer than 200 characters."));
        }
        if (o.getPerson() == null && o.getOrganizationId() == null) {
            problems.add(new FieldProblem("person", "Choose the person or the organization the deal is with."));
        }
        BigDecimal amount = o.getAmount();
        if (amount == null) {
            problems.add(new FieldProblem("amount", "Enter an amount (0 when not known yet)."));
        } else if (amount.signum() < 0) {
            problems.add(new FieldProblem("amount", "The amount " + amount.toPlainString() + " is negative."));
        } else if (amount.precision() - amount.scale() > 13) {
            problems.add(new FieldProblem("amount", "The amount " + amount.toPlainString() + " is too large."));
        }
        if (o.getCurrency() == null || !isCurrency(o.getCurrency())) {
            problems.add(new FieldProblem("currency", "'" + o.getCurrency() + "' is not a currency code such as EUR or USD."));
        }
        Integer override = o.getProbabilityOverride();
        if (override != null && (override < 0 || override > 100)) {
            problems.add(new FieldProblem("probability", "The probability is " + override + "%; it must be between 0 and 100."));
        }
        if (o.getOwner() == null || o.getOwner().isBlank()) {
            problems.add(new FieldProblem("owner", "Choose the rep who owns the deal."));
        } else if (o.getOwner().trim().length() > 64) {
            problems.add(new FieldProblem("owner", "The owner's user name is longer than 64 characters."));
        }
        if (o.getNextStep() != null && o.getNextStep().length() > 500) {
            problems.add(new FieldProblem("nextStep", "The next step is longer than 500 characters."));
        }
        return problems;
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
