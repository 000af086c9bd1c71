package org.rapport.pipeline.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.ObjectLink;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.internal.model.ActivityEntity;
import org.rapport.pipeline.internal.model.CaseEntity;

/**
 * Puts a person's pipeline history into their timeline: activities, stage changes, deals won and lost, cases opened,
 * resolved and closed, and campaign responses. Each source reads at most the query's limit, newest first.
 */
@Component(service = TimelineContributor.class)
public class PipelineTimeline implements TimelineContributor {

    static final String BUNDLE = "org.rapport.pipeline";
    /** Link types of the pipeline's objects, for {@link ObjectLink}. */
    public static final String OPPORTUNITY = "pipeline.opportunity";
    public static final String ACTIVITY = "pipeline.activity";
    public static final String CASE = "pipeline.case";
    public static final String CAMPAIGN = "pipeline.campaign";

    private final PipelineUnit unit;

    @Activate
    public PipelineTimeline(@Reference PipelineUnit unit) {
        this.unit = unit;
    }

    @Override
    public String sourceName() {
        return "Sales Pipeline";
    }

    @Override
    public List<TimelineEntry> entries(TimelineQuery query) {
        List<TimelineEntry> entries = unit.read(em -> {
            List<TimelineEntry> all = new ArrayList<>();
            activities(em, query, all);
            stageChanges(em, query, all);
            cases(em, query, all);
            responses(em, query, all);
            return all;
        });
        return entries.stream().filter(e -> query.covers(e.when()))
                .sorted(Comparator.comparing(TimelineEntry::when).reversed()).limit(query.limit()).toList();
    }

    private static void activities(EntityManager em, TimelineQuery query, List<TimelineEntry> out) {
        for (ActivityEntity a : em.createQuery("SELECT a FROM Activity a WHERE a.personId = :person ORDER BY a.due DESC",
                ActivityEntity.class).setParameter("person", query.personId()).setMaxResults(query.limit()).getResultList()) {
            Instant when = a.getDoneAt() != null ? a.getDoneAt() : a.getDue() != null ? a.getDue() : a.getCreatedAt();
            String state = a.isDone() ? "done" : a.getDue() != null && a.getDue().isBefore(Instant.now()) ? "overdue" : "planned";
            out.add(new TimelineEntry(when, a.getKind().label(), a.getSubject(), capitalized(a.getKind().label()) + ", " + state
                    + (a.getNotes() == null || a.getNotes().isEmpty() ? "" : ": " + a.getNotes()), BUNDLE,
                    new ObjectLink(ACTIVITY, Long.toString(a.getId()))));
        }
    }

    private static void stageChanges(EntityManager em, TimelineQuery query, List<TimelineEntry> out) {
        List<Object[]> rows = em.createQuery("SELECT v.enteredAt, s.name, s.kind, o.id, o.title, o.amount, o.currency,"
                + " o.lostReason, v.id FROM StageVisit v, Stage s, Opportunity o WHERE v.personId = :person"
                + " AND v.undone = FALSE AND s.id = v.stageId AND o.id = v.opportunityId ORDER BY v.enteredAt DESC",
                Object[].class).setParameter("person", query.personId()).setMaxResults(query.limit()).getResultList();
        for (Object[] row : rows) {
            StageKind kind = (StageKind) row[2];
            String title = (String) row[4];
            String amount = ((BigDecimal) row[5]).toPlainString() + " " + row[6];
            ObjectLink link = new ObjectLink(OPPORTUNITY, row[3].toString());
            Instant when = (Instant) row[0];
            switch (kind) {
                case WON -> out.add(new TimelineEntry(when, "deal-won", "Won: " + title, amount, BUNDLE, link));
                case LOST -> out.add(new TimelineEntry(when, "deal-lost", "Lost: " + title, amount + ". Reason: " + row[7],
                        BUNDLE, link));
                case OPEN -> out.add(new TimelineEntry(when, "stage-changed", title + " \u2192 " + row[1], amount, BUNDLE, link));
            }
        }
    }

    private static void cases(EntityManager em, TimelineQuery query, List<TimelineEntry> out) {
        for (CaseEntity c : em.createQuery("SELECT c FROM SupportCase c WHERE c.personId = :person ORDER BY c.openedAt DESC",
                CaseEntity.class).setParameter("person", query.personId()).setMaxResults(query.limit()).getResultList()) {
            ObjectLink link = new ObjectLink(CASE, Long.toString(c.getId()));
            out.add(new TimelineEntry(c.getOpenedAt(), "case-opened", "Case opened: " + c.getSubject(),
                    c.getChannel().name().toLowerCase(java.util.Locale.ROOT) + ", " + c.getPriority().name().toLowerCase(
                            java.util.Locale.ROOT) + " priority. " + OpportunityMapper.nonNull(c.getDescription()), BUNDLE, link));
            String satisfaction = c.getSatisfaction() == null ? "" : " Satisfaction " + c.getSatisfaction() + "/5.";
            if (c.getResolvedAt() != null) {
                out.add(new TimelineEntry(c.getResolvedAt(), "case-resolved", "Case resolved: " + c.getSubject(),
                        OpportunityMapper.nonNull(c.getResolution()) + satisfaction, BUNDLE, link));
            }
            if (c.getClosedAt() != null) {
                out.add(new TimelineEntry(c.getClosedAt(), "case-closed", "Case closed: " + c.getSubject(),
                        OpportunityMapper.nonNull(c.getResolution()) + satisfaction, BUNDLE, link));
            }
        }
    }

    private static void responses(EntityManager em, TimelineQuery query, List<TimelineEntry> out) {
        List<Object[]> rows = em.createQuery("SELECT r.respondedOn, c.name, c.id, r.note FROM CampaignResponse r, Campaign c"
                + " WHERE r.personId = :person AND c.id = r.campaignId ORDER BY r.respondedOn DESC", Object[].class)
                .setParameter("person", query.personId()).setMaxResults(query.limit()).getResultList();
        for (Object[] row : rows) {
            Instant when = ((LocalDate) row[0]).atStartOfDay(ZoneId.systemDefault()).toInstant();
            out.add(new TimelineEntry(when, "campaign-response", "Responded to campaign '" + row[1] + "'", (String) row[3],
                    BUNDLE, new ObjectLink(CAMPAIGN, row[2].toString())));
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
