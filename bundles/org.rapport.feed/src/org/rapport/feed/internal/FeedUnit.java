package org.rapport.feed.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.feed.internal.model.PostEntity;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.access.UnitAccess;

/** The feed persistence unit in the workspace's database, shared by the feed services; opened on first use. */
@Component(service = FeedUnit.class)
public class FeedUnit extends UnitAccess {

    /** The unit's name in META-INF/persistence.xml and its schema-version key. */
    static final String NAME = "feed";
    /**
     * The schema version this build writes. 2: FEED_SOURCE.CLAIMED_BY, the Rapport of a team that claimed a due source
     * for its poll (a column only added: the raised version generates it after a backup, and an older Rapport, which
     * would poll without claiming, refuses the database).
     */
    static final int SCHEMA_VERSION = 2;

    @Activate
    public FeedUnit(@Reference DatabaseService database) {
        super(database, new PersistenceUnitSpec(NAME, PostEntity.class.getClassLoader(), SCHEMA_VERSION, List.of()));
    }
}
