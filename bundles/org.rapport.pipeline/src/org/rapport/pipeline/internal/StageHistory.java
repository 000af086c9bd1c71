package org.rapport.pipeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.internal.model.OpportunityEntity;
import org.rapport.pipeline.internal.model.StageEntity;
import org.rapport.pipeline.internal.model.StageVisitEntity;

/** Moves opportunities between stages inside a transaction, recording each move, and undoes the last one. */
final class StageHistory {

    private final Clock clock;

    StageHistory(Clock clock) {
        this.clock = clock;
    }

    /** The first history entry of a new opportunity (already persisted and flushed). */
    StageVisitEntity start(EntityManager em, OpportunityEntity opportunity) {
        StageVisitEntity visit = new StageVisitEntity(opportunity.getId(), opportunity.getPersonId(),
                opportunity.getStageId(), clock.instant());
        em.persist(visit);
        return visit;
    }

    /** Moves to a stage of the same pipeline: leaves the current visit, enters a new one, updates status and close date. */
    StageVisitEntity move(EntityManager em, OpportunityEntity opportunity, StageEntity target, String lostReason) {
        if (target.getPipelineId() != opportunity.getPipelineId()) {
            throw new PipelineValidationException("stage", "Stage '" + target.getName()
                    + "' is in another pipeline than '" + opportunity.getTitle() + "'.");
        }
        Instant now = clock.instant();
        StageVisitEntity current = currentVisit(em, opportunity.getId());
        if (current != null) {
            current.leave(now);
        }
        opportunity.placeIn(target);
        applyClosing(opportunity, lostReason, LocalDate.ofInstant(now, clock.getZone()));
        StageVisitEntity visit = new StageVisitEntity(opportunity.getId(), opportunity.getPersonId(), target.getId(), now);
        em.persist(visit);
        return visit;
    }

    /** Reverts the last (not undone) move; the previous visit becomes current again. */
    void undoLast(EntityManager em, OpportunityEntity opportunity) {
        List<StageVisitEntity> last = em.createQuery("SELECT v FROM StageVisit v WHERE v.opportunityId = :id"
                + " AND v.undone = FALSE ORDER BY v.enteredAt DESC, v.id DESC", StageVisitEntity.class)
                .setParameter("id", opportunity.getId()).setMaxResults(2).getResultList();
        if (last.size() < 2 || last.get(0).getStageId() != opportunity.getStageId()) {
            throw new PipelineValidationException("stage", "'" + opportunity.getTitle()
                    + "' has no stage move to undo.");
        }
        StageVisitEntity undone = last.get(0);
        StageVisitEntity previous = last.get(1);
        undone.markUndone();
        undone.leave(clock.instant());
        previous.reenter();
        StageEntity stage = em.find(StageEntity.class, previous.getStageId());
        if (stage == null) {
            throw new PipelineValidationException("stage", "The stage '" + opportunity.getTitle()
                    + "' was in before has been removed; move it by hand instead.");
        }
        String lostReason = opportunity.getLostReason();
        opportunity.placeIn(stage);
        // back in a closed stage: closed on the day it entered that stage, as before the undone move
        applyClosing(opportunity, lostReason == null || lostReason.isBlank() ? "(reason not recorded)" : lostReason,
                LocalDate.ofInstant(previous.getEnteredAt(), clock.getZone()));
    }

    /** Sets close date and lost reason after the stage changed; {@code closedOn} is used when it is closed. */
    private static void applyClosing(OpportunityEntity opportunity, String lostReason, LocalDate closedOn) {
        OpportunityStatus status = opportunity.getStatus();
        if (status == OpportunityStatus.LOST && (lostReason == null || lostReason.isBlank())) {
            throw new PipelineValidationException("lostReason", "Say why '" + opportunity.getTitle()
                    + "' was lost; the reason is required for a lost deal.");
        }
        if (status == OpportunityStatus.OPEN) {
            // the lost reason of a reopened deal is kept, so undoing the reopening restores it
            opportunity.setClosedOn(null);
        } else {
            opportunity.setClosedOn(closedOn);
            if (status == OpportunityStatus.LOST) {
                opportunity.setLostReason(lostReason.trim());
            }
        }
    }

    static StageVisitEntity currentVisit(EntityManager em, long opportunityId) {
        return em.createQuery("SELECT v FROM StageVisit v WHERE v.opportunityId = :id AND v.undone = FALSE"
                + " AND v.leftAt IS NULL ORDER BY v.enteredAt DESC, v.id DESC", StageVisitEntity.class)
                .setParameter("id", opportunityId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }
}
