package org.rapport.loyalty.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.RuleService;
import org.rapport.loyalty.RuleSimulation;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.model.RuleEntity;

/** Earning rules on the loyalty unit; awards through the ledger, segments and birth dates from contacts when installed. */
@Component(service = { RuleService.class, BirthdayBonuses.class })
public class JpaRuleService implements RuleService, BirthdayBonuses {

    /** The longest period a simulation looks back over: ten years. */
    static final int MAX_DAYS = 3660;

    private final LoyaltyUnit unit;
    private final ProgramService programs;
    private final LoyaltyEvents events;
    private final RuleAwards awards;
    private final RuleSimulator simulator;
    private volatile SegmentMembers segments;
    private volatile BirthDates birthDates;

    @Activate
    public JpaRuleService(@Reference LoyaltyUnit unit, @Reference ProgramService programs,
            @Reference LedgerService ledger, @Reference LoyaltyEvents events) {
        this.unit = unit;
        this.programs = programs;
        this.events = events;
        this.awards = new RuleAwards(unit, programs, ledger, () -> segments);
        this.simulator = new RuleSimulator(unit, awards, () -> birthDates, new CategoryPurchases(unit));
    }

    /** With the contacts' segments and birth dates (or {@code null} for none), e.g. for a test. */
    JpaRuleService(LoyaltyUnit unit, ProgramService programs, LedgerService ledger, LoyaltyEvents events,
            SegmentMembers segments, BirthDates birthDates) {
        this(unit, programs, ledger, events);
        this.segments = segments;
        this.birthDates = birthDates;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSegmentMembers(SegmentMembers service) {
        segments = service;
    }

    void unsetSegmentMembers(SegmentMembers service) {
        if (segments == service) {
            segments = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setBirthDates(BirthDates service) {
        birthDates = service;
    }

    void unsetBirthDates(BirthDates service) {
        if (birthDates == service) {
            birthDates = null;
        }
    }

    @Override
    public EarningRule add(long programId, RuleDraft draft) {
        program(programId);
        check(draft);
        EarningRule saved = unit.write(em -> {
            RuleEntity rule = new RuleEntity(programId, draft);
            em.persist(rule);
            em.flush();
            return RuleMapper.toRecord(rule);
        });
        events.programsChanged(programId);
        return saved;
    }

    @Override
    public EarningRule update(long ruleId, RuleDraft draft) {
        check(draft);
        EarningRule saved = unit.write(em -> {
            RuleEntity rule = found(em.find(RuleEntity.class, ruleId), ruleId);
            if (rule.getKind() != draft.kind()) {
                throw new LoyaltyException("Rule '" + rule.getName() + "' is a " + rule.getKind().label()
                        + " rule; make a new rule for a " + draft.kind().label() + ".");
            }
            rule.apply(draft);
            em.flush();
            return RuleMapper.toRecord(rule);
        });
        events.programsChanged(saved.programId());
        return saved;
    }

    @Override
    public EarningRule setActive(long ruleId, boolean active) {
        EarningRule saved = unit.write(em -> {
            RuleEntity rule = found(em.find(RuleEntity.class, ruleId), ruleId);
            rule.setActive(active);
            em.flush();
            return RuleMapper.toRecord(rule);
        });
        events.programsChanged(saved.programId());
        return saved;
    }

    @Override
    public void delete(long ruleId) {
        Long programId = unit.write(em -> {
            RuleEntity rule = em.find(RuleEntity.class, ruleId);
            if (rule == null) {
                return null;
            }
            em.remove(rule);
            return rule.getProgramId();
        });
        if (programId != null) {
            events.programsChanged(programId);
        }
    }

    @Override
    public List<EarningRule> rules(long programId) {
        return unit.read(em -> em.createQuery("SELECT r FROM LoyaltyRule r WHERE r.programId = :p ORDER BY r.kind, r.name,"
                + " r.id", RuleEntity.class).setParameter("p", programId).getResultList().stream()
                .map(RuleMapper::toRecord).toList());
    }

    @Override
    public Optional<EarningRule> rule(long ruleId) {
        return unit.read(em -> Optional.ofNullable(em.find(RuleEntity.class, ruleId)).map(RuleMapper::toRecord));
    }

    @Override
    public List<String> problems(RuleDraft draft) {
        return RuleMapper.problems(draft, segments != null);
    }

    @Override
    public RuleSimulation simulate(long programId, RuleDraft draft, LocalDate to, int days) {
        Program program = program(programId);
        check(draft);
        if (days < 1 || days > MAX_DAYS) {
            throw new LoyaltyException("Simulate over 1 to " + MAX_DAYS + " days, not " + days + ".");
        }
        return simulator.simulate(program, RuleMapper.unsaved(programId, draft), to.minusDays(days - 1L), to);
    }

    @Override
    public long onEvent(RuleKind kind, long personId, String eventKey, BigDecimal amount, String currency,
            LocalDate day) {
        return awards.onEvent(kind, personId, eventKey, amount, currency, day);
    }

    @Override
    public long birthdays(long programId, LocalDate day) {
        return awards.birthdays(programId, day, birthDates);
    }

    private Program program(long programId) {
        return programs.program(programId).orElseThrow(() -> new LoyaltyException("There is no program " + programId + "."));
    }

    private void check(RuleDraft draft) {
        List<String> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new LoyaltyException(String.join(" ", problems));
        }
    }

    private static RuleEntity found(RuleEntity rule, long id) {
        if (rule == null) {
            throw new LoyaltyException("There is no rule " + id + " (any more).");
        }
        return rule;
    }
}
