package org.rapport.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Person;
import org.rapport.core.FieldProblem;

/**
 * People and organizations of the contact database. Available as an OSGi service; all methods may be called from any
 * thread but do database work, so call them from a background job, never the UI thread.
 * <p>
 * Changes post the EventAdmin topic {@link ContactTopics#CHANGED} and, per person,
 * {@code org.rapport.core.events.RapportTopics#TIMELINE_CHANGED}.
 */
public interface ContactService {

    /** A detached copy of a person with every collection loaded, or empty if there is none with this id. */
    Optional<Person> person(long id);

    /** What would stop a person from being saved, by field; empty when it can be saved. For messages while editing. */
    List<FieldProblem> validate(Person person);

    /**
     * Saves a new or changed person after validating it, and records the change in the person's timeline.
     *
     * @return the saved person (with its id and new version); the argument is not changed
     * @throws ContactValidationException with every invalid field; nothing is written
     * @throws ConcurrentEditException    when the person was changed or deleted since it was read
     */
    Person save(Person person);

    /** Deletes people; ids that do not exist are ignored. */
    void delete(Collection<Long> ids);

    /** How many people a list query matches. */
    int count(ContactQuery query);

    /** One page of a list query: rows {@code offset} to {@code offset + limit - 1}. */
    List<PersonRow> page(ContactQuery query, int offset, int limit);

    /**
     * The ids of everyone a list query matches, in its order: what a virtual list needs to jump to any row at once
     * (8 bytes a person; a million people take 8 MB).
     */
    long[] ids(ContactQuery query);

    /** The list rows of the given people, in the order of {@code ids}; missing ids are skipped. */
    List<PersonRow> rows(long[] ids);

    /** An organization, or empty. */
    Optional<Organization> organization(long id);

    /** The organization with this name (ignoring case), or empty. */
    Optional<Organization> organizationNamed(String name);

    /**
     * Organizations whose name starts with {@code prefix} (ignoring case; empty for all), by name, at most
     * {@code limit}: what an editor offers when a person is placed in an organization.
     */
    List<Organization> organizations(String prefix, int limit);

    /** Saves a new or changed organization. */
    Organization save(Organization organization);

    /** The custom fields of this installation, in their order. */
    List<CustomFieldDefinition> customFields();

    /** Defines or changes a custom field. */
    CustomFieldDefinition save(CustomFieldDefinition field);
}
