package org.rapport.persistence;

import jakarta.persistence.EntityManagerFactory;

/**
 * The workspace's database as domain bundles use it, available as an OSGi service. One database serves every domain;
 * each domain bundle opens its own persistence unit in it. Administration (information, backup, restore) is the
 * {@link DatabaseAdmin} service of the same component.
 */
public interface DatabaseService {

    /**
     * Opens a domain's persistence unit, creating the database on first use. The unit's recorded schema version is
     * checked first: an older one is upgraded after an automatic backup, a newer one is refused.
     * Opening the same unit again returns the same factory; it stays open until this service stops.
     *
     * @throws DatabaseException {@code IN_USE} when another process holds the embedded database, {@code NEWER_SCHEMA}
     *                           when a newer Rapport wrote it (the message names both versions), {@code UPGRADE_FAILED},
     *                           {@code UNREACHABLE}
     */
    EntityManagerFactory open(PersistenceUnitSpec unit);
}
