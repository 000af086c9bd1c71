package org.rapport.contacts.io.internal;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.jpa.JpaEntityManager;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.internal.model.PersonEntity;

/**
 * Ids for people and events written with JDBC, from the same sequences and preallocated blocks EclipseLink uses for
 * {@code em.persist}, so both ways of writing never hand out the same id.
 */
final class IdAllocator {

    private final EntityManager em;

    IdAllocator(EntityManager em) {
        this.em = em;
    }

    long person() {
        return next(PersonEntity.class);
    }

    long event() {
        return next(ContactEventEntity.class);
    }

    private long next(Class<?> entity) {
        return em.unwrap(JpaEntityManager.class).getServerSession().getNextSequenceNumberValue(entity).longValue();
    }
}
