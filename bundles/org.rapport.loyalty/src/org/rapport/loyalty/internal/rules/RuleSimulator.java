package org.rapport.loyalty.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.RuleSimulation;
import org.rapport.loyalty.RuleSimulation.SimulatedAward;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.model.RuleEventEntity;

/**
 * Replays the past for a rule: the events loyalty recorded (won deals, satisfied complaints, ambassadors) of the
 * program's members, the members' birthdays, or the program's purchases of a category, as if the rule had applied
 * then (its validity dates and segment as set, the segment as it is now). Reads only.
 */
final class RuleSimulator {

    private static final int LARGEST = 10;

    private final LoyaltyUnit unit;
    private final RuleAwards awards;
    private final Supplier<BirthDates> birthDates;
    private final CategoryPurchases purchases;

    RuleSimulator(LoyaltyUnit unit, RuleAwards awards, Supplier<BirthDates> birthDates, CategoryPurchases purchases) {
        this.unit = unit;
        this.awards = awards;
        this.birthDates = birthDates;
        this.purchases = purchases;
    }

    RuleSimulation simulate(Program program, EarningRule rule, LocalDate from, LocalDate to) {
        Tally tally = new Tally();
        switch (rule.kind()) {
            case BIRTHDAY -> birthdays(program, rule, from, to, tally);
            case CATEGORY -> purchases.replay(program, rule, from, to, (person, day, points, what) -> {
                if (rule.appliesOn(day) && awards.inTarget(rule, person)) {
                    tally.add(new SimulatedAward(person, day, points, what));
                }
            });
            default -> events(program, rule, from, to, tally);
        }
        return tally.result(from, to);
    }

    private void events(Program program, EarningRule rule, LocalDate from, LocalDate to, Tally tally) {
        List<RuleEventEntity> seen = unit.read(em -> em.createQuery("SELECT e FROM LoyaltyRuleEvent e, LoyaltyMember m"
                + " WHERE e.kind = :k AND e.day BETWEEN :from AND :to AND m.programId = :p AND m.personId = e.personId"
                + " ORDER BY e.day, e.id", RuleEventEntity.class).setParameter("k", rule.kind()).setParameter("from", from)
                .setParameter("to", to).setParameter("p", program.id()).getResultList());
        for (RuleEventEntity event : seen) {
            if (rule.appliesOn(event.getDay()) && awards.inTarget(rule, event.getPersonId())) {
                long points = RuleAwards.points(rule, program, event.getAmount(), event.getCurrency());
                if (points > 0) {
                    tally.add(new SimulatedAward(event.getPersonId(), event.getDay(), points,
                            RuleAwards.reason(rule, event.getEventKey())));
                }
            }
        }
    }

    private void birthdays(Program program, EarningRule rule, LocalDate from, LocalDate to, Tally tally) {
        BirthDates dates = birthDates.get();
        if (dates == null || rule.points() <= 0) {
            return;
        }
        long after = Long.MIN_VALUE;
        while (true) {
            long[] chunk = MemberIds.after(unit, program.id(), after, RuleAwards.CHUNK);
            if (chunk.length == 0) {
                return;
            }
            after = chunk[chunk.length - 1];
            for (Map.Entry<Long, LocalDate> born : dates.of(chunk).entrySet()) {
                for (int year = from.getYear(); year <= to.getYear(); year++) {
                    LocalDate day = Birthdays.in(born.getValue(), year);
                    if (!day.isBefore(from) && !day.isAfter(to) && Birthdays.isBirthday(born.getValue(), day)
                            && rule.appliesOn(day) && awards.inTarget(rule, born.getKey())) {
                        tally.add(new SimulatedAward(born.getKey(), day, rule.points(),
                                RuleAwards.reason(rule, Integer.toString(year))));
                    }
                }
            }
        }
    }

    /** What a simulation adds up. */
    private static final class Tally {
        private long count;
        private long points;
        private final Set<Long> members = new HashSet<>();
        private final List<SimulatedAward> largest = new ArrayList<>();

        void add(SimulatedAward award) {
            count++;
            points += award.points();
            members.add(award.personId());
            largest.add(award);
            if (largest.size() > LARGEST * 10) {
                trim();
            }
        }

        private void trim() {
            largest.sort(Comparator.comparingLong(SimulatedAward::points).reversed()
                    .thenComparing(SimulatedAward::day));
            largest.subList(Math.min(LARGEST, largest.size()), largest.size()).clear();
        }

        RuleSimulation result(LocalDate from, LocalDate to) {
            trim();
            return new RuleSimulation(from, to, count, members.size(), points, largest);
        }
    }
}
