package org.rapport.loyalty.internal.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.Liability;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.LoyaltyStatistics;
import org.rapport.loyalty.MonthFigures;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.internal.LoyaltyUnit;

/**
 * The dashboard's figures, summed by the database: ledger entries per day and type (a few thousand rows for two years,
 * whatever the number of entries; portable SQL, no month functions), folded into months here; the liability from the
 * open lots (what remains of each credit), not from the whole history.
 */
@Component(service = LoyaltyStatistics.class)
public class JpaLoyaltyStatistics implements LoyaltyStatistics {

    private final LoyaltyUnit unit;
    private final ProgramService programs;

    @Activate
    public JpaLoyaltyStatistics(@Reference LoyaltyUnit unit, @Reference ProgramService programs) {
        this.unit = unit;
        this.programs = programs;
    }

    @Override
    public List<MonthFigures> months(long programId, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new LoyaltyException("The months end (" + to + ") before they start (" + from + ").");
        }
        Map<YearMonth, long[]> sums = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            sums.put(month, new long[4]);
        }
        List<Object[]> rows = unit.read(em -> em.createQuery("SELECT e.type, e.day,"
                + " SUM(CASE WHEN e.points > 0 THEN e.points ELSE 0 END), SUM(CASE WHEN e.points < 0 THEN e.points ELSE 0 END)"
                + " FROM LoyaltyEntry e WHERE e.programId = :p AND e.day BETWEEN :from AND :to GROUP BY e.type, e.day",
                Object[].class).setParameter("p", programId).setParameter("from", from.atDay(1))
                .setParameter("to", to.atEndOfMonth()).getResultList());
        for (Object[] row : rows) {
            long[] month = sums.get(YearMonth.from((LocalDate) row[1]));
            long credits = number(row[2]);
            long debits = -number(row[3]);
            switch ((EntryType) row[0]) {
                case EARN, BONUS -> month[0] += credits;
                case REDEEM -> month[1] += debits;
                case EXPIRE -> month[2] += debits;
                case CANCEL -> month[3] += debits;
                case ADJUST -> {
                    month[0] += credits;
                    month[3] += debits;
                }
            }
        }
        List<MonthFigures> figures = new ArrayList<>();
        sums.forEach((month, s) -> figures.add(new MonthFigures(month, s[0], s[1], s[2], s[3])));
        return figures;
    }

    @Override
    public Liability liability(long programId, LocalDate day) {
        Program program = programs.program(programId)
                .orElseThrow(() -> new LoyaltyException("There is no program " + programId + "."));
        Object[] sums = unit.read(em -> em.createQuery("SELECT"
                + " SUM(CASE WHEN l.availableFrom <= :day THEN l.remaining ELSE 0 END),"
                + " SUM(CASE WHEN l.availableFrom > :day THEN l.remaining ELSE 0 END)"
                + " FROM LoyaltyLot l WHERE l.programId = :p AND l.openUntil >= :day", Object[].class)
                .setParameter("p", programId).setParameter("day", day).getSingleResult());
        long available = number(sums[0]);
        long pending = number(sums[1]);
        BigDecimal value = program.pointValue().multiply(BigDecimal.valueOf(available + pending));
        return new Liability(programId, day, available, pending, program.pointValue(), value, program.currency());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
