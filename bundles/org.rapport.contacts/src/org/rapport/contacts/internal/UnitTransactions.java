package org.rapport.contacts.internal;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.rapport.contacts.internal.jpa.Transactions;

/** The contacts unit's reads and writes, for the helpers in the internal sub-packages. */
final class UnitTransactions implements Transactions {

    private final ContactsUnit unit;

    UnitTransactions(ContactsUnit unit) {
        this.unit = unit;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return unit.read(work);
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return unit.write(work);
    }
}
