package org.rapport.loyalty.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.core.timeline.TimelineService;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyStatistics;
import org.rapport.loyalty.MemberRow;
import org.rapport.loyalty.MonthFigures;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.RuleService;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.Tier;
import org.rapport.testing.Osgi;

/**
 * The demo program as a first start loads it over the demo contacts (all from DS on the runtime's workspace): three
 * tiers with members in the upper ones, pending points, points expiring this month, expired points, rewards, rules,
 * a satisfied-complaint bonus, a dashboard with a year of figures and loyalty entries in a member's timeline.
 */
class DemoDataOsgiTest {

    @Test
    void theDemoProgramShowsTiersPendingPointsAndAnExpiryWithinTheMonth() {
        Osgi.demoDataLoaded();
        ProgramService programs = Osgi.service(ProgramService.class);
        LedgerService ledger = Osgi.service(LedgerService.class);
        Program program = programs.programNamed("Rapport Rewards").orElseThrow();
        LocalDate today = LocalDate.now();

        assertEquals(List.of("Member", "Silver", "Gold"), program.tiers().stream().map(Tier::name).toList());
        assertEquals(80, programs.memberCount(program.id()));
        assertEquals(4, programs.rewards(program.id()).size());
        assertEquals(5, Osgi.service(RuleService.class).rules(program.id()).size());
        List<MemberRow> members = programs.members(program.id(), today, 0, 100).rows();
        assertTrue(members.stream().anyMatch(m -> !m.member().tier().equals("Member")), "someone reached a higher tier");
        assertTrue(members.stream().anyMatch(m -> m.pending() > 0), "someone has pending points");

        long expiringThisMonth = 0;
        long expired = 0;
        for (MemberRow row : members) {
            Statement statement = ledger.statement(program.id(), row.member().personId(), today);
            expiringThisMonth += statement.expiring().stream()
                    .filter(e -> !e.date().isAfter(YearMonth.from(today).atEndOfMonth())).count();
            expired += statement.lifetime().expired();
        }
        assertTrue(expiringThisMonth > 0, "points expire at the end of this month");
        assertTrue(expired > 0, "the points of the month before last year's expired");

        assertTrue(members.stream().anyMatch(m -> ledger.ledger(program.id(), m.member().personId(), 0, 200).rows().stream()
                .anyMatch(e -> e.type() == EntryType.BONUS && e.reason().startsWith("Thank you for your patience"))),
                "a satisfied-complaint bonus");

        List<MonthFigures> year = Osgi.service(LoyaltyStatistics.class).months(program.id(),
                YearMonth.from(today).minusMonths(11), YearMonth.from(today));
        assertTrue(year.stream().filter(m -> m.issued() > 0).count() >= 10, "points issued month after month: " + year);
        assertTrue(Osgi.service(LoyaltyStatistics.class).liability(program.id(), today).value().signum() > 0);

        long someone = members.get(0).member().personId();
        List<TimelineEntry> timeline = Osgi.service(TimelineService.class).history(TimelineQuery.latest(someone)).entries();
        assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("loyalty-earn")), "earned points in the timeline");
    }
}
