package org.rapport.contacts.io.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.io.PlannedContact;
import org.rapport.contacts.io.PlannedContact.Action;
import org.rapport.persistence.access.Audited;
import org.rapport.persistence.access.UnitAccess;

/**
 * Applies one chunk of planned rows: creates people, merges rows into the people they matched, writes one
 * "Imported from" timeline entry per person and the journal line, all in one transaction (new people and events by
 * JDBC batch on the transaction's connection, updates through JPA with their version check). A preview runs the same
 * logic on copies and writes nothing.
 */
final class ChunkWriter {

    /**
     * A row as planned: create a person with a new id, or merge into the person {@code targetId} (who exists, or is
     * created earlier in the same chunk).
     *
     * @param contact   the row
     * @param targetId  the new id, or the matched person's id
     * @param create    whether a person is created
     * @param matchedBy why it matched, for merges
     */
    record Item(IncomingContact contact, long targetId, boolean create, String matchedBy) {
    }

    /**
     * What a chunk did.
     *
     * @param planned   one outcome per item
     * @param created   people created
     * @param updated   items that added something to someone
     * @param unchanged items that added nothing
     * @param changed   ids of the people created or changed
     */
    record Outcome(List<PlannedContact> planned, int created, int updated, int unchanged, List<Long> changed) {
    }

    private final UnitAccess access;
    private final OrganizationDirectory organizations;
    private final String fileName;
    private final String sha256;

    ChunkWriter(UnitAccess access, OrganizationDirectory organizations, String fileName, String sha256) {
        this.access = access;
        this.organizations = organizations;
        this.fileName = fileName;
        this.sha256 = sha256;
    }

    /** Writes a chunk in one transaction and records {@code lastLine} in the journal. */
    Outcome write(List<Item> items, long lastLine, int rejected) {
        List<PersonEntity> incoming = items.stream().map(i -> i.contact().person()).toList();
        organizations.resolve(incoming, access);
        EntityManager em = access.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            IdAllocator ids = new IdAllocator(em);
            // the people to update are read before the connection is taken over for JDBC: EclipseLink fails to read
            // embeddable collections inside a transaction it began early ("attributeField is null")
            Applied applied = apply(em, items, true, ids);
            PersonInserter inserter = new PersonInserter(Audited.currentUser(em));
            Connection connection = em.unwrap(Connection.class);
            PersonInserter.beginChunk(connection);
            Instant now = Instant.now();
            List<PersonInserter.NewPerson> created = new ArrayList<>();
            applied.created.forEach((id, person) -> {
                person.refreshSummary();
                created.add(new PersonInserter.NewPerson(id, person));
            });
            applied.updated.forEach(PersonEntity::refreshSummary);
            inserter.insert(connection, created, now);
            List<PersonInserter.NewEvent> events = new ArrayList<>();
            String title = "Imported from " + fileName;
            applied.details.forEach((id, detail) -> events.add(new PersonInserter.NewEvent(ids.event(), id, title,
                    detail.toString())));
            inserter.insertEvents(connection, events, now);
            ImportJournalEntry journal = em.find(ImportJournalEntry.class, sha256);
            if (journal != null) {
                journal.committed(lastLine, applied.outcome.created(), applied.outcome.updated(), rejected);
            }
            tx.commit();
            return applied.outcome;
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** What a chunk would do, without writing. */
    Outcome preview(List<Item> items) {
        organizations.resolve(items.stream().map(i -> i.contact().person()).toList(), null);
        EntityManager em = access.createEntityManager();
        try {
            return apply(em, items, false, null).outcome;
        } finally {
            em.close();
        }
    }

    /** The people a chunk creates and changes, and the outcome per item. */
    private static final class Applied {
        final Map<Long, PersonEntity> created = new LinkedHashMap<>();
        final List<PersonEntity> updated = new ArrayList<>();
        final Map<Long, StringBuilder> details = new LinkedHashMap<>();
        Outcome outcome;
    }

    private Applied apply(EntityManager em, List<Item> items, boolean write, IdAllocator ids) {
        Applied applied = new Applied();
        Set<Long> createIds = new LinkedHashSet<>();
        Set<Long> toLoad = new LinkedHashSet<>();
        for (Item item : items) {
            if (item.create()) {
                createIds.add(item.targetId());
            } else if (item.targetId() > 0 && !createIds.contains(item.targetId())) {
                toLoad.add(item.targetId());
            }
        }
        Map<Long, PersonEntity> loaded = toLoad.isEmpty() ? Map.of() : PersonLoader.load(em, toLoad, !write);
        if (!write) {
            Map<Long, PersonEntity> copies = new HashMap<>();
            loaded.forEach((id, person) -> copies.put(id, person.copy()));
            loaded = copies;
        }
        Set<Long> updatedExisting = new LinkedHashSet<>();
        List<PlannedContact> planned = new ArrayList<>(items.size());
        List<Long> changed = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Item item : items) {
            IncomingContact contact = item.contact();
            PersonEntity incoming = contact.person();
            long id = item.targetId();
            PersonEntity target = item.create() ? null : applied.created.containsKey(id) ? applied.created.get(id) : loaded.get(id);
            boolean collision = target != null && loaded.containsKey(id) && !ContactMatcher.share(target, incoming);
            if (!item.create() && (target == null || collision)) {
                if (!write && id < 0 && !collision) {
                    planned.add(planned(contact, Action.UPDATE, 0, "the same person as line " + -id, List.of()));
                    updated++;
                    continue;
                }
                id = write ? ids.person() : -contact.line();
            } else if (!item.create()) {
                List<String> additions = PersonMerger.merge(target, incoming);
                if (additions.isEmpty()) {
                    planned.add(planned(contact, Action.UNCHANGED, Math.max(id, 0), item.matchedBy(), additions));
                    unchanged++;
                    continue;
                }
                updated++;
                if (loaded.containsKey(id) && updatedExisting.add(id)) {
                    applied.updated.add(target);
                    changed.add(id);
                }
                detail(applied, id).append(applied.details.containsKey(id) && applied.details.get(id).length() > 0 ? "; " : "")
                        .append("Added ").append(String.join(", ", additions)).append(" from line ").append(contact.line())
                        .append(photo(contact));
                planned.add(planned(contact, Action.UPDATE, Math.max(id, 0), item.matchedBy(), additions));
                continue;
            }
            applied.created.put(id, incoming.copy());
            created++;
            if (id > 0) {
                changed.add(id);
            }
            detail(applied, id).append("New contact from line ").append(contact.line()).append(photo(contact));
            planned.add(planned(contact, Action.CREATE, Math.max(id, 0), "", List.of()));
        }
        applied.outcome = new Outcome(planned, created, updated, unchanged, changed);
        return applied;
    }

    private static StringBuilder detail(Applied applied, long id) {
        return applied.details.computeIfAbsent(id, k -> new StringBuilder());
    }

    private static String photo(IncomingContact contact) {
        return contact.photo().isEmpty() ? "" : " (the card had " + contact.photo() + ", which Rapport does not store)";
    }

    private static PlannedContact planned(IncomingContact contact, Action action, long id, String matchedBy,
            List<String> additions) {
        return new PlannedContact(contact.line(), action, id, contact.name(), contact.firstEmail(),
                matchedBy == null ? "" : matchedBy, additions, !contact.photo().isEmpty());
    }
}
