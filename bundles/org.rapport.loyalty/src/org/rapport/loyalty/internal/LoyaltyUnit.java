package org.rapport.loyalty.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.internal.model.ProgramEntity;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.access.UnitAccess;

/** The loyalty persistence unit in the workspace's database, shared by the loyalty services; opened on first use. */
@Component(service = LoyaltyUnit.class)
public class LoyaltyUnit extends UnitAccess {

    /** The unit's name in META-INF/persistence.xml and its schema-version key. */
    static final String NAME = "loyalty";
    /** The schema version this build writes. */
    static final int SCHEMA_VERSION = 1;

    @Activate
    public LoyaltyUnit(@Reference DatabaseService database) {
        super(database, new PersistenceUnitSpec(NAME, ProgramEntity.class.getClassLoader(), SCHEMA_VERSION, List.of()));
    }
}
