package org.rapport.contacts.io.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.rapport.core.FieldProblem;
import org.rapport.contacts.internal.PersonValidator;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;

/**
 * The checks a row passes before it is matched: the contact service's own validator (so an import accepts exactly
 * what the editor accepts), reported at the column the value came from, and the lengths of the database columns
 * the validator does not check. A row whose only fault is that it has neither name nor email may still update the
 * person it matches by a social handle; that is decided when it is matched.
 */
final class IncomingChecks {

    static final String NEEDS_NAME = "lastName";
    private static final Length[] ADDRESS = { new Length("street", 200, PostalAddressEmbeddable::getStreet),
            new Length("postal code", 20, PostalAddressEmbeddable::getPostalCode), new Length("city", 100, PostalAddressEmbeddable::getCity),
            new Length("region", 100, PostalAddressEmbeddable::getRegion), new Length("country", 100, PostalAddressEmbeddable::getCountry) };

    private final LocalDate today = LocalDate.now();

    /**
     * Checks a contact; rejects it (with the problems) if needed.
     *
     * @return whether it can only update an existing person (no name and no email)
     */
    boolean check(IncomingContact contact) {
        PersonEntity person = contact.person();
        boolean needsMatch = false;
        for (FieldProblem problem : PersonValidator.problems(person, today)) {
            if (problem.field().equals(NEEDS_NAME) && person.getFirstName().isEmpty() && person.getLastName().isEmpty()
                    && person.getEmails().isEmpty()) {
                needsMatch = true;
                continue;
            }
            contact.reject(contact.sourceOf(problem.field()), "", problem.message());
        }
        if (needsMatch && person.getSocialProfiles().isEmpty()) {
            contact.reject("", "", "the row has neither a name nor an email address (nor a social profile to find the"
                    + " person by); map the name and email columns");
        }
        lengths(contact, person);
        return needsMatch && !contact.rejected();
    }

    private static void lengths(IncomingContact contact, PersonEntity person) {
        length(contact, "language", person.getLanguage(), 16);
        length(contact, "owner", person.getOwner(), 64);
        for (int i = 0; i < person.getAddresses().size(); i++) {
            for (Length part : ADDRESS) {
                length(contact, contact.sourceOf("addresses[" + i + "]") + " (" + part.name() + ")",
                        part.value().apply(person.getAddresses().get(i)), part.max());
            }
        }
        for (MembershipEmbeddable membership : person.getMemberships()) {
            length(contact, "organization", membership.getOrganizationName(), 200);
            length(contact, "role", membership.getRole(), 100);
        }
        for (int i = 0; i < person.getSocialProfiles().size(); i++) {
            SocialProfileEmbeddable profile = person.getSocialProfiles().get(i);
            String source = contact.sourceOf("socialProfiles[" + i + "]");
            length(contact, source + " (network)", profile.getNetwork(), 40);
            length(contact, source + " (handle)", profile.getHandle(), 200);
            length(contact, source + " (URL)", profile.getUrl(), 500);
        }
        List<String> tags = person.getTags();
        for (String tag : tags) {
            length(contact, "tags", tag, 64);
        }
    }

    private static void length(IncomingContact contact, String field, String value, int max) {
        if (value != null && value.length() > max) {
            contact.reject(field, value, "at most " + max + " characters (this has " + value.length() + ")");
        }
    }

    private record Length(String name, int max, Function<PostalAddressEmbeddable, String> value) {
    }
}
