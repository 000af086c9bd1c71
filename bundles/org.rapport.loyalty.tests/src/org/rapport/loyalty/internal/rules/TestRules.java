package org.rapport.loyalty.internal.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.internal.JpaProgramService;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.ledger.JpaLedgerService;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The loyalty services with the rules on a real database (embedded Derby in a temp folder, or a new database on the
 * test server when the suite runs on PostgreSQL), built as DS builds them. Contacts' segments and birth dates are the
 * maps the test fills (what the contacts domain would answer). Program "Shop": EUR, 1 point per euro, 14 pending days,
 * 12 months expiry, Member ×1, Silver from 500 ×1.5, Gold from 2000 ×2.
 */
final class TestRules implements AutoCloseable {

    final StandaloneDatabase database;
    final LoyaltyUnit unit;
    final LoyaltyEvents events = new LoyaltyEvents();
    final JpaProgramService programs;
    final JpaLedgerService ledger;
    final JpaRuleService rules;
    final Program shop;
    /** Segment id to its members, as contacts would evaluate them. */
    final Map<Long, long[]> segments = new HashMap<>();
    /** Person id to birth date. */
    final Map<Long, LocalDate> births = new HashMap<>();
    /** Every event the loyalty services told, in order. */
    final List<Event> told = new CopyOnWriteArrayList<>();
    private int receipts;

    TestRules(Path folder) {
        database = TestDatabases.create(folder);
        unit = new LoyaltyUnit(database);
        events.addListener(told::add);
        programs = new JpaProgramService(unit, events);
        ledger = new JpaLedgerService(unit, events);
        SegmentMembers segmentMembers = id -> Optional.ofNullable(segments.get(id));
        BirthDates birthDates = ids -> {
            Map<Long, LocalDate> found = new HashMap<>();
            for (long id : ids) {
                if (births.containsKey(id)) {
                    found.put(id, births.get(id));
                }
            }
            return found;
        };
        rules = new JpaRuleService(unit, programs, ledger, events, segmentMembers, birthDates);
        shop = programs.create(new ProgramDraft("Shop", "EUR", BigDecimal.ONE, 14, 12, new BigDecimal("0.01"), null,
                List.of(new Tier("Silver", 500, new BigDecimal("1.5")), new Tier("Gold", 2000, BigDecimal.TWO))));
    }

    long enroll(long personId, String day) {
        programs.enroll(shop.id(), personId, LocalDate.parse(day));
        return personId;
    }

    String buy(long personId, String day, String amount) {
        String reference = "R" + (++receipts);
        ledger.earn(new Purchase(shop.id(), personId, LocalDate.parse(day), new BigDecimal(amount), "EUR", reference));
        return reference;
    }

    /** A member's ledger entries of a type, oldest first. */
    List<LedgerEntry> entries(long personId, EntryType type) {
        return ledger.ledger(shop.id(), personId, 0, 1000).rows().stream().filter(e -> e.type() == type)
                .sorted(java.util.Comparator.comparingLong(LedgerEntry::id)).toList();
    }

    long available(long personId, String day) {
        return ledger.statement(shop.id(), personId, LocalDate.parse(day)).available();
    }

    @Override
    public void close() {
        database.close();
    }
}
