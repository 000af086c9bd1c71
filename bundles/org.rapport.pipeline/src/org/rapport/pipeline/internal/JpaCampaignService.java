package org.rapport.pipeline.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.PersonRef;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.campaigns.Campaign;
import org.rapport.pipeline.campaigns.CampaignResponse;
import org.rapport.pipeline.campaigns.CampaignRoi;
import org.rapport.pipeline.campaigns.CampaignService;
import org.rapport.pipeline.campaigns.SegmentRoi;
import org.rapport.pipeline.internal.model.CampaignEntity;
import org.rapport.pipeline.internal.model.CampaignResponseEntity;

/** Campaigns on the pipeline unit; ROI from grouped queries over the opportunities they sourced. */
@Component(service = CampaignService.class)
public class JpaCampaignService implements CampaignService {

    private static final String KIND = "campaign";

    private final PipelineUnit unit;
    private final PipelineEvents events;

    @Activate
    public JpaCampaignService(@Reference PipelineUnit unit, @Reference PipelineEvents events) {
        this.unit = unit;
        this.events = events;
    }

    @Override
    public List<Campaign> campaigns() {
        return unit.read(em -> em.createQuery("SELECT c FROM Campaign c ORDER BY c.startsOn DESC, c.id DESC",
                CampaignEntity.class).getResultList().stream().map(JpaCampaignService::toDto).toList());
    }

    @Override
    public Optional<Campaign> campaign(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(CampaignEntity.class, id)).map(JpaCampaignService::toDto));
    }

    static Campaign toDto(CampaignEntity e) {
        Campaign c = new Campaign(e.getName(), e.getCost(), e.getCurrency());
        c.setSegment(e.getSegmentId(), e.getSegmentName());
        c.setChannel(e.getChannel());
        c.setStartsOn(e.getStartsOn());
        c.setEndsOn(e.getEndsOn());
        c.loadState(e.getId(), e.getVersion());
        return c;
    }

    @Override
    public List<FieldProblem> validate(Campaign c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.getName() == null || c.getName().isBlank()) {
            problems.add(new FieldProblem("name", "A campaign needs a name."));
        } else if (c.getName().trim().length() > 200) {
            problems.add(new FieldProblem("name", "The name is longer than 200 characters."));
        }
        if (c.getCost() == null || c.getCost().signum() < 0) {
            problems.add(new FieldProblem("cost", "Enter the cost, 0 or more."));
        }
        try {
            Currency.getInstance(Objects.requireNonNullElse(c.getCurrency(), "").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("currency", "'" + c.getCurrency() + "' is not a currency code such as EUR or USD."));
        }
        if (c.getStartsOn() != null && c.getEndsOn() != null && c.getEndsOn().isBefore(c.getStartsOn())) {
            problems.add(new FieldProblem("endsOn", "The campaign ends (" + c.getEndsOn() + ") before it starts ("
                    + c.getStartsOn() + ")."));
        }
        return problems;
    }

    @Override
    public Campaign save(Campaign campaign) {
        List<FieldProblem> problems = validate(campaign);
        if (!problems.isEmpty()) {
            throw new PipelineValidationException(problems);
        }
        Campaign draft = campaign.copy();
        Campaign saved = Conflicts.guard(KIND, draft.getId(), draft.getName(), () -> unit.write(em -> {
            CampaignEntity entity = draft.getId() == 0 ? new CampaignEntity() : em.find(CampaignEntity.class, draft.getId());
            if (draft.getId() != 0) {
                Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), draft.getVersion(), KIND);
            }
            entity.setName(draft.getName().trim());
            entity.setSegment(draft.getSegmentId(), draft.getSegmentName());
            entity.setChannel(draft.getChannel());
            entity.setStartsOn(draft.getStartsOn());
            entity.setEndsOn(draft.getEndsOn());
            entity.setCost(draft.getCost().setScale(2, RoundingMode.HALF_UP));
            entity.setCurrency(draft.getCurrency().trim().toUpperCase(Locale.ROOT));
            if (draft.getId() == 0) {
                em.persist(entity);
            }
            em.flush();
            return toDto(entity);
        }));
        events.changed(PipelineTopics.CAMPAIGNS_CHANGED, List.of(saved.getId()), List.of());
        return saved;
    }

    @Override
    public void delete(long campaignId) {
        unit.write(em -> {
            CampaignEntity entity = em.find(CampaignEntity.class, campaignId);
            if (entity != null) {
                em.createQuery("DELETE FROM CampaignResponse r WHERE r.campaignId = :id").setParameter("id", campaignId)
                        .executeUpdate();
                em.createQuery("UPDATE Opportunity o SET o.sourceCampaignId = NULL, o.version = o.version + 1"
                        + " WHERE o.sourceCampaignId = :id").setParameter("id", campaignId).executeUpdate();
                em.remove(entity);
            }
            return null;
        });
        events.changed(PipelineTopics.CAMPAIGNS_CHANGED, List.of(campaignId), List.of());
        events.changed(PipelineTopics.OPPORTUNITIES_CHANGED, List.of(), List.of());
    }

    @Override
    public CampaignResponse addResponse(CampaignResponse response) {
        CampaignResponse saved = unit.write(em -> {
            if (em.find(CampaignEntity.class, response.campaignId()) == null) {
                throw new PipelineValidationException("campaign", "Campaign " + response.campaignId()
                        + " does not exist (any more); the response was not recorded.");
            }
            CampaignResponseEntity entity = new CampaignResponseEntity(response.campaignId(), response.person().id(),
                    response.person().displayName(), response.respondedOn(),
                    response.note().length() > 500 ? response.note().substring(0, 500) : response.note());
            em.persist(entity);
            em.flush();
            return toDto(entity);
        });
        events.changed(PipelineTopics.CAMPAIGNS_CHANGED, List.of(saved.campaignId()), List.of(saved.person().id()));
        return saved;
    }

    private static CampaignResponse toDto(CampaignResponseEntity e) {
        return new CampaignResponse(e.getId(), e.getCampaignId(), new PersonRef(e.getPersonId(),
                OpportunityMapper.nonNull(e.getPersonName())), e.getRespondedOn(), e.getNote());
    }

    @Override
    public List<CampaignResponse> responses(long campaignId) {
        return unit.read(em -> em.createQuery("SELECT r FROM CampaignResponse r WHERE r.campaignId = :id"
                + " ORDER BY r.respondedOn DESC, r.id DESC", CampaignResponseEntity.class).setParameter("id", campaignId)
                .getResultList().stream().map(JpaCampaignService::toDto).toList());
    }

    @Override
    public List<CampaignRoi> roi() {
        return unit.read(em -> {
            Map<Long, Long> responses = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT r.campaignId, COUNT(r) FROM CampaignResponse r GROUP BY r.campaignId",
                    Object[].class).getResultList()) {
                responses.put((Long) row[0], ((Number) row[1]).longValue());
            }
            Map<Long, List<Object[]>> sourced = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT o.sourceCampaignId, o.currency, o.status, COUNT(o), SUM(o.amount)"
                    + " FROM Opportunity o WHERE o.sourceCampaignId IS NOT NULL GROUP BY o.sourceCampaignId, o.currency,"
                    + " o.status", Object[].class).getResultList()) {
                sourced.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
            }
            List<CampaignRoi> result = new ArrayList<>();
            for (CampaignEntity c : em.createQuery("SELECT c FROM Campaign c ORDER BY c.name, c.id", CampaignEntity.class)
                    .getResultList()) {
                int count = 0;
                int won = 0;
                BigDecimal revenue = BigDecimal.ZERO;
                for (Object[] row : sourced.getOrDefault(c.getId(), List.of())) {
                    int n = ((Number) row[3]).intValue();
                    count += n;
                    if (row[2] == OpportunityStatus.WON && c.getCurrency().equals(row[1])) {
                        won += n;
                        revenue = revenue.add(BoardQueries.decimal(row[4]));
                    }
                }
                result.add(new CampaignRoi(c.getId(), c.getName(), c.getSegmentId(), OpportunityMapper.nonNull(c.getSegmentName()),
                        c.getCost(), c.getCurrency(), responses.getOrDefault(c.getId(), 0L).intValue(), count, won,
                        revenue.setScale(2, RoundingMode.HALF_UP), ratio(revenue, c.getCost())));
            }
            return result;
        });
    }

    @Override
    public List<SegmentRoi> roiBySegment() {
        Map<String, SegmentRoi> bySegment = new LinkedHashMap<>();
        for (CampaignRoi c : roi()) {
            String key = c.segmentId() + "|" + c.currency();
            SegmentRoi old = bySegment.getOrDefault(key, new SegmentRoi(c.segmentId(), c.segmentName(), c.currency(), 0,
                    BigDecimal.ZERO, BigDecimal.ZERO, null));
            BigDecimal cost = old.cost().add(c.cost());
            BigDecimal revenue = old.wonRevenue().add(c.wonRevenue());
            bySegment.put(key, new SegmentRoi(c.segmentId(), old.segmentName().isEmpty() ? c.segmentName() : old.segmentName(),
                    c.currency(), old.campaigns() + 1, cost, revenue, ratio(revenue, cost)));
        }
        return bySegment.values().stream().sorted(Comparator.comparing(SegmentRoi::segmentName)
                .thenComparing(SegmentRoi::currency)).toList();
    }

    private static BigDecimal ratio(BigDecimal revenue, BigDecimal cost) {
        return cost.signum() == 0 ? null : revenue.divide(cost, 2, RoundingMode.HALF_UP);
    }
}
