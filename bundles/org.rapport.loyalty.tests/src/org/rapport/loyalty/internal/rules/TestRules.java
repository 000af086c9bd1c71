package org.rapport.loyalty.internal.rules;

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
import org.rapport.loyalty.internal.JpaProgramService;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.ShopProgram;
import org.rapport.loyalty.internal.ledger.JpaLedgerService;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The loyalty services with the rules on a real database (embedded Derby in a temp folder, or a new database on the
 * test server when the suite runs on PostgreSQL), built as DS builds them. Contacts' segments and birth dates are the
 * maps the test fills (what the contacts domain would answer). The {@link ShopProgram} with 14 pending days and 12
 * months expiry.
 */
final class TestRules implements AutoCloseable {

    final StandaloneDatabase database;
    final LoyaltyUnit unit;
    final LoyaltyEvents events = new LoyaltyEvents();
    final JpaProgramService programs;
    final JpaLedgerService ledger;
    final JpaRuleService rules;
    final ShopProgram shop;
    /** Segment id to its members, as contacts would evaluate them. */
    final Map<Long, long[]> segments = new HashMap<>();
    /** Person id to birth date. */
    final Map<Long, LocalDate> births = new HashMap<>();
    /** Every event the loyalty services told, in order. */
    final List<Event> told = new CopyOnWriteArrayList<>();

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
        shop = new ShopProgram(programs, ledger, 14, 12);
    }

    /** A member's ledger entries of a type, oldest first. */
    List<LedgerEntry> entries(long personId, EntryType type) {
        return ledger.ledger(shop.id(), personId, 0, 1000).rows().stream().filter(e -> e.type() == type)
                .sorted(java.util.Comparator.comparingLong(LedgerEntry::id)).toList();
    }

    long available(long personId, String day) {
        return shop.statement(personId, day).available();
    }

    @Override
    public void close() {
        database.close();
    }
}
