package org.rapport.loyalty.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Member;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.model.RuleEntity;
import org.rapport.loyalty.internal.model.RuleEventEntity;

/**
 * Gives the bonuses of the rules: on an event of another domain, and on members' birthdays. Every award goes through
 * {@link LedgerService#award} with a source reference naming the rule, the event and the person, so an event told
 * twice (EventAdmin redelivery, a re-run day) is awarded once.
 */
final class RuleAwards {

    /** Members read at a time for the birthday run. */
    static final int CHUNK = 1_000;

    private final LoyaltyUnit unit;
    private final ProgramService programs;
    private final LedgerService ledger;
    private final Supplier<SegmentMembers> segments;
    private final ILog log = ILog.of(RuleAwards.class);

    RuleAwards(LoyaltyUnit unit, ProgramService programs, LedgerService ledger, Supplier<SegmentMembers> segments) {
        this.unit = unit;
        this.programs = programs;
        this.ledger = ledger;
        this.segments = segments;
    }

    /** Records the event for the simulator, then awards every applicable rule in each of the person's programs. */
    long onEvent(RuleKind kind, long personId, String eventKey, BigDecimal amount, String currency, LocalDate day) {
        if (!kind.isBonus()) {
            throw new IllegalArgumentException(kind + " is not an event");
        }
        remember(kind, personId, eventKey, amount, currency, day);
        long total = 0;
        for (Member member : programs.memberships(personId)) {
            Program program = programs.program(member.programId()).orElse(null);
            if (program == null) {
                continue;
            }
            for (EarningRule rule : rules(program.id(), kind)) {
                if (rule.appliesOn(day) && inTarget(rule, personId)) {
                    total += award(program, rule, personId, points(rule, program, amount, currency), eventKey, day);
                }
            }
        }
        return total;
    }

    /** The birthday bonuses of a program on a day, for the members born on that day of the year. */
    long birthdays(long programId, LocalDate day, BirthDates birthDates) {
        Program program = programs.program(programId).orElse(null);
        if (program == null || birthDates == null) {
            return 0;
        }
        List<EarningRule> rules = rules(programId, RuleKind.BIRTHDAY).stream().filter(r -> r.appliesOn(day)).toList();
        if (rules.isEmpty()) {
            return 0;
        }
        long total = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long[] chunk = MemberIds.after(unit, programId, after, CHUNK);
            if (chunk.length == 0) {
                return total;
            }
            after = chunk[chunk.length - 1];
            for (Map.Entry<Long, LocalDate> born : birthDates.of(chunk).entrySet()) {
                if (Birthdays.isBirthday(born.getValue(), day)) {
                    for (EarningRule rule : rules) {
                        if (inTarget(rule, born.getKey())) {
                            total += award(program, rule, born.getKey(), rule.points(),
                                    Integer.toString(day.getYear()), day);
                        }
                    }
                }
            }
        }
    }

    List<EarningRule> rules(long programId, RuleKind kind) {
        return unit.read(em -> em.createQuery("SELECT r FROM LoyaltyRule r WHERE r.kind = :k AND r.programId = :p"
                + " ORDER BY r.id", RuleEntity.class).setParameter("k", kind).setParameter("p", programId)
                .getResultList().stream().map(RuleMapper::toRecord).toList());
    }

    boolean inTarget(EarningRule rule, long personId) {
        if (rule.segmentId() == null) {
            return true;
        }
        SegmentMembers members = segments.get();
        return members != null && members.contains(rule.segmentId(), personId);
    }

    /** A bonus rule's points for an event: its fixed points, plus ⌊amount × points per unit⌋ in the program's currency. */
    static long points(EarningRule rule, Program program, BigDecimal amount, String currency) {
        long points = rule.points();
        if (rule.kind() == RuleKind.DEAL_WON && amount != null && amount.signum() > 0 && rule.pointsPerUnit().signum() > 0
                && program.currency().equalsIgnoreCase(currency)) {
            points += amount.multiply(rule.pointsPerUnit()).setScale(0, RoundingMode.FLOOR).longValueExact();
        }
        return points;
    }

    /** The ledger's source reference: the rule, the event, the person (unique in the program). */
    static String sourceRef(EarningRule rule, String eventKey, long personId) {
        return "rule:" + rule.id() + ":" + rule.kind().name().toLowerCase(Locale.ROOT) + ":" + eventKey + ":" + personId;
    }

    /** What the ledger says the bonus was for, e.g. {@code Thank you (satisfied complaint, case 42)}. */
    static String reason(EarningRule rule, String eventKey) {
        String what = switch (rule.kind()) {
            case DEAL_WON -> "won deal " + eventKey;
            case SATISFIED_CASE -> "satisfied complaint, case " + eventKey;
            case AMBASSADOR -> "community ambassador";
            case BIRTHDAY -> "birthday " + eventKey;
            case CATEGORY -> "category " + rule.category();
        };
        return rule.name() + " (" + what + ")";
    }

    private long award(Program program, EarningRule rule, long personId, long points, String eventKey, LocalDate day) {
        if (points <= 0) {
            return 0;
        }
        return ledger.award(program.id(), personId, points, reason(rule, eventKey), day, sourceRef(rule, eventKey, personId))
                .map(entry -> entry.points()).orElse(0L);
    }

    private void remember(RuleKind kind, long personId, String eventKey, BigDecimal amount, String currency,
            LocalDate day) {
        try {
            unit.write(em -> {
                boolean seen = !em.createQuery("SELECT e.id FROM LoyaltyRuleEvent e WHERE e.kind = :k AND e.eventKey = :key",
                        Long.class).setParameter("k", kind).setParameter("key", eventKey).setMaxResults(1)
                        .getResultList().isEmpty();
                if (!seen) {
                    em.persist(new RuleEventEntity(kind, eventKey, personId, day, amount, currency));
                }
                return null;
            });
        } catch (RuntimeException e) {
            // the same event told twice at once: the other one recorded it; the award itself is idempotent anyway
            log.info("Loyalty saw " + kind + " " + eventKey + " twice at once: " + e.getMessage());
        }
    }
}
