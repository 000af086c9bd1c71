/**
 * How a domain bundle reaches its data, the same way in every domain: {@link org.rapport.persistence.access.Audited}
 * (optimistic lock and audit columns for every entity), {@link org.rapport.persistence.access.UnitAccess} (the unit,
 * opened lazily, read and write work) and {@link org.rapport.persistence.access.DomainEvents} (events after commit;
 * in team mode also told to the other processes on the database as a
 * {@link org.rapport.persistence.access.CommittedChange} through the {@link org.rapport.persistence.access.ChangeBroadcast}).
 * Only domain bundles use this package; UI bundles use the domains' services.
 */

package org.rapport.persistence.access;
