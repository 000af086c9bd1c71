package org.rapport.loyalty.internal;

import java.nio.file.Path;
import java.time.LocalDate;

import org.rapport.loyalty.StandaloneLoyalty;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * A loyalty database of its own (embedded Derby in a temp folder, or a new database on the test server when the suite
 * runs on PostgreSQL) with the {@link ShopProgram}, by default with 14 pending days and 12 months expiry.
 */
public final class TestLoyalty extends ShopProgram implements AutoCloseable {

    public final StandaloneLoyalty loyalty;
    private final StandaloneDatabase database;

    public TestLoyalty(Path folder) {
        this(folder, 14, 12);
    }

    public TestLoyalty(Path folder, int pendingDays, int expiryMonths) {
        this(TestDatabases.create(folder), pendingDays, expiryMonths);
    }

    /**
     * The program in a database the caller opened (e.g. a server database other processes use too), which this takes
     * over: {@link #close()} closes it.
     */
    public TestLoyalty(StandaloneDatabase database, int pendingDays, int expiryMonths) {
        this(database, StandaloneLoyalty.on(database), pendingDays, expiryMonths);
    }

    private TestLoyalty(StandaloneDatabase database, StandaloneLoyalty loyalty, int pendingDays, int expiryMonths) {
        super(loyalty.programs(), loyalty.ledger(), pendingDays, expiryMonths);
        this.database = database;
        this.loyalty = loyalty;
    }

    public static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Override
    public void close() {
        loyalty.close();
        database.close();
    }
}
