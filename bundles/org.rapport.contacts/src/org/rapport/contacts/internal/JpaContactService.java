package org.rapport.contacts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.internal.model.CustomFieldDefinitionEntity;
import org.rapport.contacts.internal.model.CustomFieldMapper;
import org.rapport.contacts.internal.model.OrganizationEntity;
import org.rapport.contacts.internal.model.OrganizationMapper;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PersonMapper;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Person;
import org.rapport.persistence.access.Audited;

/** The contact service on the contacts persistence unit; it maps between the API objects and the entities. */
@Component(service = ContactService.class)
public class JpaContactService implements ContactService {

    static final String ROW = "SELECT NEW org.rapport.contacts.PersonRow(p.id, p.firstName, p.lastName, p.primaryEmail,"
            + " p.primaryPhone, p.organizationName, p.city, p.owner) FROM Person p";
    private static final String PREFIX_FILTER = " WHERE (p.sortName LIKE :prefix ESCAPE '\\' OR p.primaryEmail LIKE :prefix ESCAPE '\\')";

    private final ContactsUnit unit;
    private final ContactEvents events;

    @Activate
    public JpaContactService(@Reference ContactsUnit unit, @Reference ContactEvents events) {
        this.unit = unit;
        this.events = events;
    }

    @Override
    public Optional<Person> person(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(PersonEntity.class, id)).map(PersonMapper::toApi));
    }

    @Override
    public List<FieldProblem> validate(Person person) {
        return PersonValidator.problems(PersonMapper.toNewEntity(person), LocalDate.now());
    }

    @Override
    public Person save(Person person) {
        List<FieldProblem> problems = validate(person);
        if (!problems.isEmpty()) {
            throw new ContactValidationException(problems);
        }
        try {
            Person saved = unit.write(em -> person.getId() == 0 ? insert(em, person) : update(em, person));
            events.peopleChanged(List.of(saved.getId()));
            return saved;
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentEditException(person.getId(), person.displayName(), e);
            }
            throw e;
        }
    }

    private static Person insert(EntityManager em, Person person) {
        PersonEntity entity = PersonMapper.toNewEntity(person);
        em.persist(entity);
        em.flush();
        String user = Audited.currentUser(em);
        em.persist(new ContactEventEntity(entity.getId(), ContactEventEntity.Kind.CREATED, "Contact created",
                "by " + user, user));
        return PersonMapper.toApi(entity);
    }

    private static Person update(EntityManager em, Person person) {
        PersonEntity current = em.find(PersonEntity.class, person.getId());
        if (current == null || current.getVersion() != person.getVersion()) {
            throw new OptimisticLockException("version of person " + person.getId() + " moved on");
        }
        PersonEntity before = current.copy();
        PersonMapper.copyFields(person, current);
        String changes = PersonChanges.describe(before, current);
        em.flush();
        if (!changes.isEmpty()) {
            em.persist(new ContactEventEntity(person.getId(), ContactEventEntity.Kind.EDITED, "Contact edited", changes,
                    Audited.currentUser(em)));
        }
        return PersonMapper.toApi(current);
    }

    @Override
    public void delete(Collection<Long> ids) {
        unit.write(em -> {
            for (long id : ids) {
                PersonEntity person = em.find(PersonEntity.class, id);
                if (person != null) {
                    em.remove(person);
                }
            }
            return null;
        });
        events.peopleChanged(ids);
    }

    @Override
    public int count(ContactQuery query) {
        if (!query.prefix().isEmpty()) {
            return unit.read(em -> ListQueries.count(em, query));
        }
        String jpql = "SELECT COUNT(p) FROM Person p" + (query.prefix().isEmpty() ? "" : PREFIX_FILTER);
        return unit.read(em -> bindPrefix(em.createQuery(jpql, Long.class), query).getSingleResult().intValue());
    }

    @Override
    public List<PersonRow> page(ContactQuery query, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        long[] ids = unit.write(em -> ListQueries.pageIds(em, query, offset, limit));
        if (ids != null) {
            return rows(ids);
        }
        return unit.read(em -> bindPrefix(em.createQuery(ROW + where(query) + orderBy(query), PersonRow.class), query)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long[] ids(ContactQuery query) {
        long[] read = unit.write(em -> ListQueries.ids(em, query));
        if (read != null) {
            return read;
        }
        List<Long> ids = unit.read(em -> bindPrefix(em.createQuery("SELECT p.id FROM Person p" + where(query)
                + orderBy(query), Long.class), query).getResultList());
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public List<PersonRow> rows(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        List<Long> wanted = new ArrayList<>(ids.length);
        for (long id : ids) {
            wanted.add(id);
        }
        List<PersonRow> found = unit.read(em -> em.createQuery(ROW + " WHERE p.id IN :ids", PersonRow.class)
                .setParameter("ids", wanted).getResultList());
        Map<Long, PersonRow> byId = new HashMap<>();
        found.forEach(row -> byId.put(row.id(), row));
        return wanted.stream().map(byId::get).filter(row -> row != null).toList();
    }

    private static String where(ContactQuery query) {
        return query.prefix().isEmpty() ? "" : PREFIX_FILTER;
    }

    /** The sort attribute comes from the ContactSort enum, never from user input. */
    private static String orderBy(ContactQuery query) {
        String direction = query.descending() ? " DESC" : "";
        return " ORDER BY p." + query.sort().attribute() + direction + ", p.id" + direction;
    }

    private static <T> TypedQuery<T> bindPrefix(TypedQuery<T> query, ContactQuery contactQuery) {
        if (!contactQuery.prefix().isEmpty()) {
            query.setParameter("prefix", escapeLike(contactQuery.prefix()) + "%");
        }
        return query;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Optional<Organization> organization(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(OrganizationEntity.class, id)).map(OrganizationMapper::toApi));
    }

    @Override
    public Optional<Organization> organizationNamed(String name) {
        return unit.read(em -> em.createQuery("SELECT o FROM Organization o WHERE o.sortName = :name ORDER BY o.id",
                OrganizationEntity.class).setParameter("name", name.trim().toLowerCase(Locale.ROOT)).setMaxResults(1)
                .getResultStream().findFirst().map(OrganizationMapper::toApi));
    }

    @Override
    public List<Organization> organizations(String prefix, int limit) {
        String start = prefix == null ? "" : prefix.trim().toLowerCase(Locale.ROOT);
        return unit.read(em -> em.createQuery("SELECT o FROM Organization o WHERE o.sortName LIKE :prefix ESCAPE '\\'"
                + " ORDER BY o.sortName, o.id", OrganizationEntity.class).setParameter("prefix", escapeLike(start) + "%")
                .setMaxResults(Math.max(0, limit)).getResultStream().map(OrganizationMapper::toApi).toList());
    }

    @Override
    public Organization save(Organization organization) {
        OrganizationEntity saved = unit.write(em -> {
            OrganizationEntity entity;
            if (organization.getId() == 0) {
                entity = new OrganizationEntity(organization.getName());
                em.persist(entity);
            } else {
                entity = em.find(OrganizationEntity.class, organization.getId());
                if (entity == null || entity.getVersion() != organization.getVersion()) {
                    throw new OptimisticLockException("version of organization " + organization.getId() + " moved on");
                }
            }
            OrganizationMapper.copyFields(organization, entity);
            return entity;
        });
        return OrganizationMapper.toApi(saved);
    }

    @Override
    public List<CustomFieldDefinition> customFields() {
        return unit.read(em -> em.createQuery("SELECT f FROM CustomFieldDefinition f ORDER BY f.position, f.key",
                CustomFieldDefinitionEntity.class).getResultStream().map(CustomFieldMapper::toApi).toList());
    }

    @Override
    public CustomFieldDefinition save(CustomFieldDefinition field) {
        CustomFieldDefinitionEntity saved = unit.write(em -> {
            CustomFieldDefinitionEntity entity = em.find(CustomFieldDefinitionEntity.class, field.getKey());
            if (entity == null) {
                entity = CustomFieldMapper.toNewEntity(field);
                em.persist(entity);
            } else {
                CustomFieldMapper.copyFields(field, entity);
            }
            return entity;
        });
        return CustomFieldMapper.toApi(saved);
    }
}
