package org.rapport.contacts.internal;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.model.Person;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;

/**
 * The contacts persistence unit in the workspace's database, shared by the contacts services. Opened on first use,
 * so a workbench that never shows contacts never touches the database.
 */
@Component(service = ContactsUnit.class)
public class ContactsUnit {

    /** The unit's name in META-INF/persistence.xml and its schema-version key. */
    static final String NAME = "contacts";
    /** The schema version this build writes. */
    static final int SCHEMA_VERSION = 1;

    private final DatabaseService database;
    private volatile EntityManagerFactory emf;

    @Activate
    public ContactsUnit(@Reference DatabaseService database) {
        this.database = database;
    }

    EntityManagerFactory emf() {
        EntityManagerFactory open = emf;
        if (open == null) {
            synchronized (this) {
                if (emf == null) {
                    emf = database.open(new PersistenceUnitSpec(NAME, Person.class.getClassLoader(), SCHEMA_VERSION, List.of()));
                }
                open = emf;
            }
        }
        return open;
    }

    /** Runs work in a new entity manager, read-only (no transaction). */
    <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Runs work in one transaction, rolled back if it throws. */
    <T> T write(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
