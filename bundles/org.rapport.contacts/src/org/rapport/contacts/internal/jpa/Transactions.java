package org.rapport.contacts.internal.jpa;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Units of work on the contacts persistence unit, for the helpers in the internal sub-packages (the unit's own
 * {@code read}/{@code write} are package-private to {@code org.rapport.contacts.internal}).
 */
public interface Transactions {

    /** Runs work in a new entity manager, read-only (no transaction). */
    <T> T read(Function<EntityManager, T> work);

    /** Runs work in one transaction, rolled back if it throws. */
    <T> T write(Function<EntityManager, T> work);
}
