package org.rapport.persistence.access;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;

/**
 * A domain's persistence unit as its services use it: opened on first use (so a workbench that never shows a domain
 * never touches the database), read work in an entity manager without a transaction, write work in one transaction
 * that is rolled back if the work throws.
 * <p>
 * A domain makes one DS component of it, e.g.
 *
 * <pre>
 * &#64;Component(service = ContactsUnit.class)
 * public class ContactsUnit extends UnitAccess {
 *     &#64;Activate
 *     public ContactsUnit(&#64;Reference DatabaseService database) {
 *         super(database, new PersistenceUnitSpec("contacts", Person.class.getClassLoader(), 1, List.of()));
 *     }
 * }
 * </pre>
 *
 * Events about committed changes are posted after {@link #write} returns, through the domain's {@link DomainEvents}.
 */
public class UnitAccess {

    private final DatabaseService database;
    private final PersistenceUnitSpec spec;
    private final Consumer<EntityManagerFactory> onFirstOpen;
    private volatile EntityManagerFactory emf;

    /** A unit opened from {@code database} on first use. */
    public UnitAccess(DatabaseService database, PersistenceUnitSpec spec) {
        this(database, spec, opened -> { });
    }

    /**
     * A unit opened from {@code database} on first use; {@code onFirstOpen} runs once, right after the unit opened and
     * before any other work sees it (e.g. to create default records a domain cannot work without).
     */
    public UnitAccess(DatabaseService database, PersistenceUnitSpec spec, Consumer<EntityManagerFactory> onFirstOpen) {
        this.database = Objects.requireNonNull(database, "database");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.onFirstOpen = Objects.requireNonNull(onFirstOpen, "onFirstOpen");
    }

    /** The unit's name, e.g. {@code contacts}. */
    public String unitName() {
        return spec.name();
    }

    /** The unit's factory, opening it (and the database) on first use. */
    public EntityManagerFactory emf() {
        EntityManagerFactory open = emf;
        if (open == null) {
            synchronized (this) {
                if (emf == null) {
                    EntityManagerFactory opened = database.open(spec);
                    onFirstOpen.accept(opened);
                    emf = opened;
                }
                open = emf;
            }
        }
        return open;
    }

    /** A new entity manager on the unit, for work that manages its own transactions (bulk writes); the caller closes it. */
    public EntityManager createEntityManager() {
        return emf().createEntityManager();
    }

    /** Runs work in a new entity manager without a transaction (reads), and closes it. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /**
     * Runs work in one new transaction, committed when the work returns and rolled back if it throws. When it fails on
     * an optimistic lock (someone else, e.g. a colleague's Rapport on the same server, saved the record first), the
     * unit's shared cache is emptied before the exception is passed on, so that reloading shows their version.
     */
    public <T> T write(Function<EntityManager, T> work) {
        try {
            return inTransaction(createEntityManager(), work);
        } catch (PersistenceException e) {
            if (isLostLock(e)) {
                emf().getCache().evictAll();
            }
            throw e;
        }
    }

    private static boolean isLostLock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** Runs work in one new transaction of {@code em}, committed or rolled back, then closes {@code em}. */
    public static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
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
