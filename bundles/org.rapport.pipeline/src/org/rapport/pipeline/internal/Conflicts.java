package org.rapport.pipeline.internal;

import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.rapport.pipeline.ConcurrentChangeException;

/** Turns EclipseLink's optimistic-lock failures into {@link ConcurrentChangeException}s people can act on. */
final class Conflicts {

    private Conflicts() {
    }

    /** Runs a write; a lost optimistic lock (found by us or by the database) becomes a clear exception. */
    static <T> T guard(String kind, long id, String label, Supplier<T> write) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException
                    || e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new ConcurrentChangeException(kind, id, label, e);
            }
            throw e;
        }
    }

    /** Throws the lock failure when the version read is not the current one (or the record is gone). */
    static void checkVersion(Object current, int currentVersion, int expectedVersion, String what) {
        if (current == null || currentVersion != expectedVersion) {
            throw new OptimisticLockException(what + (current == null ? " was deleted" : " is at version "
                    + currentVersion + ", not " + expectedVersion));
        }
    }
}
