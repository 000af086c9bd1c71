package org.rapport.contacts.internal.model;

import org.rapport.contacts.model.Revision;
import org.rapport.persistence.access.Audited;

/** The {@link Revision} an API object carries, read from its entity's version and audit columns. */
final class Revisions {

    private Revisions() {
    }

    static Revision of(Audited entity) {
        return new Revision(entity.getVersion(), entity.getCreatedAt(), entity.getCreatedBy(), entity.getUpdatedAt(),
                entity.getUpdatedBy());
    }
}
