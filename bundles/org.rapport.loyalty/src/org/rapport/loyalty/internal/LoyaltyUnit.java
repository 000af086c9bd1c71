package org.rapport.loyalty.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.loyalty.internal.model.ProgramEntity;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.SchemaMigration;
import org.rapport.persistence.access.UnitAccess;

/** The loyalty persistence unit in the workspace's database, shared by the loyalty services; opened on first use. */
@Component(service = LoyaltyUnit.class)
public class LoyaltyUnit extends UnitAccess {

    /** The unit's name in META-INF/persistence.xml and its schema-version key. */
    static final String NAME = "loyalty";
    /** The schema version this build writes. */
    static final int SCHEMA_VERSION = 2;

    /**
     * Version 2: indexes that answer statements, tier points, month figures and the expiry run's members from the
     * index alone, replacing the narrower ones of version 1.
     */
    static final SchemaMigration COVERING_INDEXES = new SchemaMigration(2, "covering indexes on LOY_ENTRY and LOY_LOT",
            LoyaltyUnit::coveringIndexes);

    @Activate
    public LoyaltyUnit(@Reference DatabaseService database) {
        super(database, new PersistenceUnitSpec(NAME, ProgramEntity.class.getClassLoader(), SCHEMA_VERSION,
                List.of(COVERING_INDEXES)));
    }

    private static void coveringIndexes(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DROP INDEX IX_LOY_ENTRY_MEMBER_DAY");
            s.executeUpdate("CREATE INDEX " + LedgerEntryEntity.MEMBER_INDEX + " ON LOY_ENTRY ("
                    + LedgerEntryEntity.MEMBER_INDEX_COLUMNS + ")");
            s.executeUpdate("CREATE INDEX " + LedgerEntryEntity.PROGRAM_INDEX + " ON LOY_ENTRY ("
                    + LedgerEntryEntity.PROGRAM_INDEX_COLUMNS + ")");
            s.executeUpdate("DROP INDEX IX_LOY_LOT_OPEN");
            s.executeUpdate("CREATE INDEX " + LotEntity.EXPIRING_INDEX + " ON LOY_LOT (" + LotEntity.EXPIRING_INDEX_COLUMNS
                    + ")");
        }
    }
}
