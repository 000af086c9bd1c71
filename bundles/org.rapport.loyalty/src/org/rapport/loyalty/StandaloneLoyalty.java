package org.rapport.loyalty;

import java.nio.file.Path;

import org.rapport.loyalty.internal.JpaProgramService;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.imports.CsvTransactionImport;
import org.rapport.loyalty.internal.ledger.JpaLedgerService;
import org.rapport.core.people.PersonLookup;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.persistence.access.UnitAccess;

/**
 * The loyalty services on a database of their own, outside OSGi: for benchmarks, tools and tests that need a fresh
 * loyalty database in a folder of their choice (or a database service of their own, e.g. a Derby network server).
 * They are built exactly as Declarative Services builds them in the product, only without EventAdmin and without the
 * person lookup. {@link #close()} closes the database when this opened it.
 */
public final class StandaloneLoyalty implements AutoCloseable {

    private final StandaloneDatabase ownDatabase;
    private final LoyaltyUnit unit;
    private final ProgramService programs;
    private final LedgerService ledger;
    private final LoyaltyEvents events;

    private StandaloneLoyalty(DatabaseService database, StandaloneDatabase ownDatabase) {
        this.ownDatabase = ownDatabase;
        this.unit = new LoyaltyUnit(database);
        LoyaltyEvents events = new LoyaltyEvents();
        this.programs = new JpaProgramService(unit, events);
        this.ledger = new JpaLedgerService(unit, events);
        this.events = events;
    }

    /** Loyalty in an embedded Derby database in {@code workspace/db} (created if needed). */
    public static StandaloneLoyalty openIn(Path workspace) {
        StandaloneDatabase database = StandaloneDatabase.embeddedIn(workspace);
        return new StandaloneLoyalty(database, database);
    }

    /** Loyalty in a database service the caller owns (and closes). */
    public static StandaloneLoyalty on(DatabaseService database) {
        return new StandaloneLoyalty(database, null);
    }

    /** The loyalty persistence unit, for bulk tools (benchmark data) that write past the services. */
    public UnitAccess unit() {
        return unit;
    }

    /** Programs, rewards, members. */
    public ProgramService programs() {
        return programs;
    }

    /** The points ledger. */
    public LedgerService ledger() {
        return ledger;
    }

    /** The transactions import, finding members by their email through {@code people}. */
    public TransactionImport transactions(PersonLookup people) {
        return new CsvTransactionImport(unit, events, people);
    }

    /** Closes the database if this opened it. */
    @Override
    public void close() {
        if (ownDatabase != null) {
            ownDatabase.close();
        }
    }
}
