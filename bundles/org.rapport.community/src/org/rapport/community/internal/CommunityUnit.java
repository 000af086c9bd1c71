package org.rapport.community.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.access.UnitAccess;

/**
 * The community persistence unit in the workspace's database, shared by the community services; opened on first use,
 * when Rapport's default activity types are created if the database has none.
 */
@Component(service = CommunityUnit.class)
public class CommunityUnit extends UnitAccess {

    /** The unit's name in META-INF/persistence.xml and its schema-version key. */
    static final String NAME = "community";
    /** The schema version this build writes. */
    static final int SCHEMA_VERSION = 1;

    @Activate
    public CommunityUnit(@Reference DatabaseService database) {
        super(database, new PersistenceUnitSpec(NAME, MemberEntity.class.getClassLoader(), SCHEMA_VERSION, List.of()),
                DefaultActivityTypes::createMissing);
    }
}
