/**
 * The Rapport database. One database per workspace, owned by the {@link org.rapport.persistence.DatabaseService}:
 * embedded Derby under the workspace by default, or a server database given by the {@code rapport.db.url} system
 * property or the {@code org.rapport.persistence/db.url} preference (which IT may preset in
 * {@code plugin_customization.ini}). Domain bundles never see a JDBC URL: they describe their persistence unit with a
 * {@link org.rapport.persistence.PersistenceUnitSpec} and receive an {@code EntityManagerFactory}.
 */
package org.rapport.persistence;
