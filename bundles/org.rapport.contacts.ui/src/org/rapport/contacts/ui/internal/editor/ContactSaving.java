package org.rapport.contacts.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.model.Membership;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Person;

/** Saves a person from the editor, in a job: validate, create the organizations typed as new, save. */
final class ContactSaving {

    /** How a save ended. */
    sealed interface Outcome permits Saved, Invalid, Conflict, Failed {
    }

    /** Saved: the person as stored (id, new version, tidied values). */
    record Saved(Person person) implements Outcome {
    }

    /** Not saved: these values are wrong. */
    record Invalid(List<FieldProblem> problems) implements Outcome {
    }

    /** Not saved: someone else changed or deleted the person since it was read. */
    record Conflict(ConcurrentEditException error) implements Outcome {
    }

    /** Not saved: the database failed. */
    record Failed(RuntimeException error) implements Outcome {
    }

    private ContactSaving() {
    }

    static Outcome save(ContactService contacts, Person person) {
        try {
            List<FieldProblem> problems = contacts.validate(person);
            if (!problems.isEmpty()) {
                return new Invalid(problems);
            }
            Person resolved = person.copy();
            List<Membership> memberships = resolveOrganizations(contacts, resolved.getMemberships());
            resolved.getMemberships().clear();
            resolved.getMemberships().addAll(memberships);
            return new Saved(contacts.save(resolved));
        } catch (ContactValidationException e) {
            return new Invalid(e.problems());
        } catch (ConcurrentEditException e) {
            return new Conflict(e);
        } catch (RuntimeException e) {
            return new Failed(e);
        }
    }

    /**
     * The memberships with the id of their organization: one known by its name (ignoring case) is used, a new name
     * is created as an organization. Rows left without a name are dropped.
     */
    static List<Membership> resolveOrganizations(ContactService contacts, List<Membership> memberships) {
        List<Membership> resolved = new ArrayList<>();
        for (Membership membership : memberships) {
            String name = membership.getOrganizationName() == null ? "" : membership.getOrganizationName().trim();
            if (name.isEmpty()) {
                continue;
            }
            if (membership.getOrganizationId() > 0) {
                resolved.add(membership);
                continue;
            }
            Organization organization = contacts.organizationNamed(name)
                    .orElseGet(() -> contacts.save(new Organization(name)));
            resolved.add(new Membership(organization.getId(), organization.getName(), membership.getRole()));
        }
        return resolved;
    }
}
