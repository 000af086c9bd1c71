package org.rapport.contacts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.SegmentEntity;
import org.rapport.contacts.internal.model.SegmentMapper;
import org.rapport.contacts.internal.segments.CriteriaChecks;
import org.rapport.contacts.internal.segments.SegmentPredicates;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentFormatException;
import org.rapport.contacts.segments.SegmentQuery;
import org.rapport.contacts.segments.SegmentService;

/** Segments on the contacts unit; members are found by JPA Criteria queries that the database evaluates. */
@Component(service = SegmentService.class)
public class JpaSegmentService implements SegmentService {

    private final ContactsUnit unit;
    private final ContactService contacts;

    @Activate
    public JpaSegmentService(@Reference ContactsUnit unit, @Reference ContactService contacts) {
        this.unit = unit;
        this.contacts = contacts;
    }

    @Override
    public List<Segment> segments() {
        return unit.read(em -> em.createQuery("SELECT s FROM Segment s ORDER BY s.sortName, s.id", SegmentEntity.class)
                .getResultStream().map(SegmentMapper::toApi).toList());
    }

    @Override
    public Optional<Segment> segment(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(SegmentEntity.class, id)).map(SegmentMapper::toApi));
    }

    @Override
    public Segment save(Segment segment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (segment.getName().isEmpty()) {
            problems.add(new FieldProblem("name", "Give the segment a name."));
        } else if (segment.getName().length() > 200) {
            problems.add(new FieldProblem("name", "At most 200 characters (this has " + segment.getName().length() + ")."));
        } else if (nameTaken(segment)) {
            problems.add(new FieldProblem("name", "There is already a segment named '" + segment.getName()
                    + "'; choose another name."));
        }
        try {
            problems.addAll(validate(segment.getCriteria()));
        } catch (SegmentFormatException e) {
            problems.add(new FieldProblem("criteria", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new ContactValidationException(problems);
        }
        try {
            return unit.write(em -> {
                SegmentEntity entity;
                if (segment.getId() == 0) {
                    entity = new SegmentEntity();
                    SegmentMapper.copyFields(segment, entity);
                    em.persist(entity);
                } else {
                    entity = em.find(SegmentEntity.class, segment.getId());
                    if (entity == null || entity.getVersion() != segment.getVersion()) {
                        throw new OptimisticLockException("version of segment " + segment.getId() + " moved on");
                    }
                    SegmentMapper.copyFields(segment, entity);
                }
                em.flush();
                return SegmentMapper.toApi(entity);
            });
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentEditException(segment.getId(), segment.getName(), e);
            }
            throw e;
        }
    }

    private boolean nameTaken(Segment segment) {
        return unit.read(em -> em.createQuery("SELECT COUNT(s) FROM Segment s WHERE s.sortName = :name AND s.id <> :id",
                Long.class).setParameter("name", segment.getName().toLowerCase(java.util.Locale.ROOT))
                .setParameter("id", segment.getId()).getSingleResult() > 0);
    }

    @Override
    public void delete(long id) {
        unit.write(em -> {
            SegmentEntity segment = em.find(SegmentEntity.class, id);
            if (segment != null) {
                em.remove(segment);
            }
            return null;
        });
    }

    @Override
    public List<FieldProblem> validate(SegmentCriteria criteria) {
        Map<String, CustomFieldDefinition> fields = contacts.customFields().stream()
                .collect(Collectors.toMap(CustomFieldDefinition::getKey, Function.identity()));
        return CriteriaChecks.problems(criteria, fields);
    }

    @Override
    public int count(SegmentCriteria criteria) {
        requireValid(criteria);
        LocalDate today = LocalDate.now();
        return unit.read(em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> query = cb.createQuery(Long.class);
            Root<PersonEntity> p = query.from(PersonEntity.class);
            SegmentPredicates predicates = new SegmentPredicates(cb, p, today);
            query.where(predicates.of(criteria));
            query.select(predicates.joined() ? cb.countDistinct(p) : cb.count(p));
            return em.createQuery(query).getSingleResult().intValue();
        });
    }

    @Override
    public List<PersonRow> page(SegmentQuery query, int offset, int limit) {
        return contacts.rows(ids(query, offset, limit));
    }

    @Override
    public long[] ids(SegmentQuery query) {
        return ids(query, 0, Integer.MAX_VALUE);
    }

    /** The ids of members {@code offset} to {@code offset + limit - 1} in the query's order. */
    private long[] ids(SegmentQuery segmentQuery, int offset, int limit) {
        requireValid(segmentQuery.criteria());
        LocalDate today = LocalDate.now();
        List<Object[]> rows = unit.read((EntityManager em) -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
            Root<PersonEntity> p = query.from(PersonEntity.class);
            SegmentPredicates predicates = new SegmentPredicates(cb, p, today);
            query.where(predicates.of(segmentQuery.criteria()));
            // the sort column is selected too: Derby sorts a DISTINCT result only by selected columns
            query.multiselect(p.get("id"), p.get(segmentQuery.sort().attribute())).distinct(predicates.joined())
                    .orderBy(order(cb, p, segmentQuery));
            var typed = em.createQuery(query).setFirstResult(offset);
            if (limit != Integer.MAX_VALUE) {
                typed.setMaxResults(limit);
            }
            return typed.getResultList();
        });
        return rows.stream().mapToLong(row -> ((Number) row[0]).longValue()).toArray();
    }

    private static List<Order> order(CriteriaBuilder cb, Root<PersonEntity> p, SegmentQuery query) {
        return query.descending() ? List.of(cb.desc(p.get(query.sort().attribute())), cb.desc(p.get("id")))
                : List.of(cb.asc(p.get(query.sort().attribute())), cb.asc(p.get("id")));
    }

    private void requireValid(SegmentCriteria criteria) {
        List<FieldProblem> problems = validate(criteria);
        if (!problems.isEmpty()) {
            throw new ContactValidationException(problems);
        }
    }
}
