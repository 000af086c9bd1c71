package org.rapport.contacts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.duplicates.DuplicatePair;
import org.rapport.contacts.duplicates.DuplicateService;
import org.rapport.contacts.duplicates.MergeRequest;
import org.rapport.contacts.duplicates.MergeSummary;
import org.rapport.contacts.internal.duplicates.DuplicateScanner;
import org.rapport.contacts.internal.duplicates.MergeRecord;
import org.rapport.contacts.internal.duplicates.PersonMerger;
import org.rapport.contacts.internal.duplicates.PersonSnapshots;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PersonMapper;
import org.rapport.contacts.model.Person;
import org.rapport.persistence.access.Audited;

/** Duplicate scan, merge and unmerge on the contacts unit. */
@Component(service = DuplicateService.class)
public class JpaDuplicateService implements DuplicateService {

    private static final int IN_LIST = 500;

    private final ContactsUnit unit;
    private final ContactEvents events;
    private final ContactService contacts;

    @Activate
    public JpaDuplicateService(@Reference ContactsUnit unit, @Reference ContactEvents events,
            @Reference ContactService contacts) {
        this.unit = unit;
        this.events = events;
        this.contacts = contacts;
    }

    @Override
    public List<DuplicatePair> scan(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Looking for duplicates", 10);
        List<DuplicateScanner.Found> found = new DuplicateScanner(unit).scan(progress.split(9));
        Set<Long> ids = new LinkedHashSet<>();
        found.forEach(f -> {
            ids.add(f.first());
            ids.add(f.second());
        });
        Map<Long, PersonRow> rows = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            long[] chunk = all.subList(from, Math.min(all.size(), from + IN_LIST)).stream().mapToLong(Long::longValue).toArray();
            contacts.rows(chunk).forEach(row -> rows.put(row.id(), row));
        }
        progress.split(1);
        List<DuplicatePair> pairs = new ArrayList<>(found.size());
        for (DuplicateScanner.Found f : found) {
            PersonRow first = rows.get(f.first());
            PersonRow second = rows.get(f.second());
            if (first != null && second != null) { // both may have been deleted meanwhile
                pairs.add(new DuplicatePair(first, second, f.score(), f.reasons()));
            }
        }
        return pairs;
    }

    @Override
    public Person preview(MergeRequest request) {
        return unit.read(em -> PersonMapper.toApi(PersonMerger.merge(find(em, request.survivorId()).copy(),
                find(em, request.mergedId()).copy(), request)));
    }

    @Override
    public MergeSummary merge(MergeRequest request) {
        MergeSummary summary = unit.write(em -> {
            PersonEntity survivor = find(em, request.survivorId());
            PersonEntity merged = find(em, request.mergedId());
            PersonEntity result = PersonMerger.merge(survivor.copy(), merged.copy(), request);
            List<FieldProblem> problems = PersonValidator.problems(result, LocalDate.now());
            if (!problems.isEmpty()) {
                throw new ContactValidationException(problems);
            }
            String choices = PersonMerger.describe(request);
            MergeRecord record = new MergeRecord(survivor.getId(), survivor.displayName(), merged.getId(),
                    merged.displayName(), choices, PersonSnapshots.write(survivor.copy()),
                    PersonSnapshots.write(merged.copy()), events(em, merged.getId()));
            PersonEntity saved = em.merge(result);
            em.remove(merged);
            em.flush();
            moveEvents(em, record.getMovedEvents(), survivor.getId());
            em.persist(record);
            em.flush();
            record.setSurvivorVersionAfter(saved.getVersion());
            em.persist(new ContactEventEntity(survivor.getId(), ContactEventEntity.Kind.MERGED, "Merged with " + merged.displayName(),
                    merged.displayName() + " (#" + merged.getId() + ") was merged into this contact; merge #" + record.getId()
                            + " can be undone. Kept: " + choices, Audited.currentUser(em)));
            return record.summary();
        });
        events.peopleChanged(List.of(request.survivorId(), request.mergedId()));
        return summary;
    }

    @Override
    public List<Person> unmerge(long mergeId) {
        List<Person> restored = unit.write(em -> new MergeUndo(em).undo(mergeId));
        events.peopleChanged(restored.stream().map(Person::getId).toList());
        return restored;
    }

    @Override
    public List<MergeSummary> merges(int limit) {
        return unit.read(em -> em.createQuery("SELECT m FROM MergeRecord m ORDER BY m.id DESC", MergeRecord.class)
                .setMaxResults(limit).getResultList().stream().map(MergeRecord::summary).toList());
    }

    @Override
    public List<MergeSummary> mergesOf(long personId) {
        return unit.read(em -> em.createQuery("SELECT m FROM MergeRecord m WHERE m.survivorId = :id OR m.mergedId = :id"
                + " ORDER BY m.id DESC", MergeRecord.class).setParameter("id", personId).getResultList().stream()
                .map(MergeRecord::summary).toList());
    }

    private static PersonEntity find(EntityManager em, long id) {
        PersonEntity person = em.find(PersonEntity.class, id);
        if (person == null) {
            throw new IllegalArgumentException("There is no person #" + id + " any more (deleted or merged meanwhile);"
                    + " scan for duplicates again.");
        }
        return person;
    }

    /** The ids of a person's timeline events. */
    static List<Long> events(EntityManager em, long personId) {
        return em.createQuery("SELECT e.id FROM ContactEvent e WHERE e.personId = :person ORDER BY e.id", Long.class)
                .setParameter("person", personId).getResultList();
    }

    /** Points events at another person, a bounded IN list at a time. */
    static void moveEvents(EntityManager em, List<Long> eventIds, long personId) {
        for (int from = 0; from < eventIds.size(); from += IN_LIST) {
            em.createQuery("UPDATE ContactEvent e SET e.personId = :person WHERE e.id IN :ids")
                    .setParameter("person", personId)
                    .setParameter("ids", eventIds.subList(from, Math.min(eventIds.size(), from + IN_LIST))).executeUpdate();
        }
    }

    /** Undoes one merge inside the caller's transaction. */
    private static final class MergeUndo {
        private final EntityManager em;

        MergeUndo(EntityManager em) {
            this.em = em;
        }

        List<Person> undo(long mergeId) {
            MergeRecord record = em.find(MergeRecord.class, mergeId);
            if (record == null) {
                throw new IllegalArgumentException("There is no merge #" + mergeId + ".");
            }
            if (record.getUndoneAt() != null) {
                throw new IllegalStateException("Merge #" + mergeId + " (" + record.summary().describe()
                        + ") was already undone on " + record.getUndoneAt() + " by " + record.getUndoneBy() + ".");
            }
            PersonEntity survivor = em.find(PersonEntity.class, record.getSurvivorId());
            if (survivor == null) {
                throw new IllegalStateException("'" + record.getSurvivorName() + "' (#" + record.getSurvivorId()
                        + ") was deleted after the merge, so merge #" + mergeId + " cannot be undone.");
            }
            if (survivor.getVersion() != record.getSurvivorVersionAfter()) {
                throw new ConcurrentEditException(survivor.getId(), survivor.displayName(),
                        new IllegalStateException("edited after merge #" + mergeId));
            }
            if (em.find(PersonEntity.class, record.getMergedId()) != null) {
                throw new IllegalStateException("Person #" + record.getMergedId() + " exists again; merge #" + mergeId
                        + " cannot be undone.");
            }
            PersonEntity survivorBefore = PersonSnapshots.read(record.getSurvivorSnapshot());
            PersonEntity mergedBefore = PersonSnapshots.read(record.getMergedSnapshot());
            int survivorVersion = survivor.getVersion();
            // persisting stamps new audit fields and version 1 on the objects: keep the snapshots' own first
            Audit survivorAudit = new Audit(survivorVersion + 1, survivorBefore.getCreatedAt(), survivorBefore.getCreatedBy());
            Audit mergedAudit = new Audit(mergedBefore.getVersion() + 1, mergedBefore.getCreatedAt(), mergedBefore.getCreatedBy());
            // The survivor is replaced by its snapshot: removed and inserted again with the same id, which restores
            // every column and list exactly (a field-by-field copy would miss fields added to PersonEntity later).
            em.remove(survivor);
            em.flush();
            survivorBefore.setCreatedAt(null); // stamped "now" as last changed; the creation is put back below
            mergedBefore.setCreatedAt(null);
            em.persist(survivorBefore);
            em.persist(mergedBefore);
            em.flush();
            restoreAudit(survivorBefore.getId(), survivorAudit);
            restoreAudit(mergedBefore.getId(), mergedAudit);
            moveEvents(em, record.getMovedEvents(), mergedBefore.getId());
            String user = Audited.currentUser(em);
            record.undone(user);
            String detail = "Merge #" + mergeId + " undone: " + record.summary().describe();
            em.persist(new ContactEventEntity(survivorBefore.getId(), ContactEventEntity.Kind.UNMERGED,
                    "Unmerged " + mergedBefore.displayName(), detail, user));
            em.persist(new ContactEventEntity(mergedBefore.getId(), ContactEventEntity.Kind.UNMERGED,
                    "Unmerged from " + survivorBefore.displayName(), detail, user));
            em.flush();
            em.clear();
            return List.of(PersonMapper.toApi(em.find(PersonEntity.class, survivorBefore.getId())),
                    PersonMapper.toApi(em.find(PersonEntity.class, mergedBefore.getId())));
        }

        private record Audit(int version, java.time.Instant createdAt, String createdBy) {
        }

        /** Puts back when and by whom the person was created, and moves the version on past every earlier one. */
        private void restoreAudit(long id, Audit audit) {
            em.createQuery("UPDATE Person p SET p.version = :version, p.createdAt = :createdAt, p.createdBy = :createdBy"
                    + " WHERE p.id = :id").setParameter("version", audit.version()).setParameter("createdAt", audit.createdAt())
                    .setParameter("createdBy", audit.createdBy()).setParameter("id", id).executeUpdate();
        }
    }
}
