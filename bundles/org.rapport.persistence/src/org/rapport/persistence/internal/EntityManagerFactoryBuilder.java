package org.rapport.persistence.internal;

import java.sql.Driver;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.config.BatchWriting;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.rapport.core.user.RapportUser;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.persistence.PersistenceUnitSpec;

/**
 * Builds a domain's {@code EntityManagerFactory} with EclipseLink directly (no Gemini JPA): the unit's
 * {@code persistence.xml} and entities come from the domain bundle's class loader, the JDBC driver from ours. The
 * factory knows who is working on its database: it writes the name into the audit columns and hands it out through
 * {@code Audited.currentUser(em)}.
 */
final class EntityManagerFactoryBuilder {

    /** Rows per JDBC batch for bulk writes (imports, feed ingest). */
    static final int BATCH_SIZE = 500;

    private final DatabaseSettings settings;
    private final Supplier<Driver> driver;
    private final RapportUser user;

    /**
     * @param driver the JDBC driver (found on first use), whose class EclipseLink is given by name
     * @param user   who is working on this database
     */
    EntityManagerFactoryBuilder(DatabaseSettings settings, Supplier<Driver> driver, RapportUser user) {
        this.settings = settings;
        this.driver = driver;
        this.user = user;
    }

    /**
     * The unit's factory. It generates no tables: a new or upgraded unit gets them from {@link UnitTables} once it is
     * open.
     */
    EntityManagerFactory build(PersistenceUnitSpec unit) {
        ClassLoader loader = new UnitClassLoader(unit.classLoader(), driver.get().getClass());
        Map<String, Object> properties = properties(loader);
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unit.name(), properties);
        if (emf == null) {
            throw new DatabaseException(Reason.OTHER, "No persistence unit '" + unit.name()
                    + "' in META-INF/persistence.xml of the bundle that asked for it.");
        }
        AuditUserListener.register(emf, user);
        return emf;
    }

    Map<String, Object> properties(ClassLoader loader) {
        Map<String, Object> p = new HashMap<>();
        p.put(PersistenceUnitProperties.JDBC_DRIVER, driver.get().getClass().getName());
        p.put(PersistenceUnitProperties.JDBC_URL, settings.url());
        p.put(PersistenceUnitProperties.JDBC_USER, settings.user());
        p.put(PersistenceUnitProperties.JDBC_PASSWORD, settings.password());
        p.put(PersistenceUnitProperties.CLASSLOADER, loader);
        // Weaving needs an agent or build-time weaving; neither is set up, so entities use eager x-to-one fetching.
        p.put(PersistenceUnitProperties.WEAVING, "false");
        p.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        p.put(PersistenceUnitProperties.BATCH_WRITING, BatchWriting.JDBC);
        p.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, Integer.toString(BATCH_SIZE));
        p.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        // The shared cache stays on for server databases too: with it off, EclipseLink 5 fails to read embeddable
        // collections in a transaction begun early ("attributeField is null", the contacts import). Other processes'
        // changes empty it through the live change bridge, and a lost optimistic lock empties it (UnitAccess.write).
        p.put(RapportUser.class.getName(), user); // read by Audited.currentUser(em)
        return p;
    }

    /**
     * Entities and persistence.xml from the domain bundle; the JDBC driver class as found (from Derby or the driver's
     * bundle); anything else the unit cannot see from ours.
     */
    private static final class UnitClassLoader extends ClassLoader {
        private final Class<?> driverClass;

        UnitClassLoader(ClassLoader unit, Class<?> driverClass) {
            super(unit);
            this.driverClass = driverClass;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.equals(driverClass.getName())) {
                return driverClass;
            }
            return EntityManagerFactoryBuilder.class.getClassLoader().loadClass(name);
        }
    }
}
