package org.rapport.contacts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.rapport.core.FieldProblem;
import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;

/** The rules a person must meet to be saved, with a message per field that says what to do. */
public final class PersonValidator {

    /** Deliberately simple: one @, something before, a dotted domain after, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?");

    private PersonValidator() {
    }

    /** What stops the person from being saved, by field; empty when nothing does. */
    public static List<FieldProblem> problems(PersonEntity p, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.getFirstName().isEmpty() && p.getLastName().isEmpty() && p.getEmails().isEmpty()) {
            problems.add(new FieldProblem("lastName", "Give a name or at least an email address."));
        }
        length(problems, "firstName", p.getFirstName(), 100);
        length(problems, "lastName", p.getLastName(), 100);
        // Historic people (Ada Lovelace, 1815) are contacts too: a past date is a date, only a future one is not.
        if (p.getBirthDate() != null && p.getBirthDate().isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "The birth date " + p.getBirthDate() + " is in the future."));
        } else if (p.getBirthDate() != null && p.getBirthDate().getYear() < 1) {
            problems.add(new FieldProblem("birthDate", "The birth date " + p.getBirthDate() + " is before the year 1."));
        }
        if (p.isMarketingOptIn() && p.getConsentDate() == null) {
            problems.add(new FieldProblem("consentDate", "Record the day the person agreed to marketing."));
        }
        for (int i = 0; i < p.getEmails().size(); i++) {
            EmailAddressEmbeddable email = p.getEmails().get(i);
            if (!EMAIL.matcher(email.getAddress()).matches() || email.getAddress().length() > 254) {
                problems.add(new FieldProblem("emails[" + i + "]", "'" + email.getAddress() + "' is not an email address."));
            }
        }
        for (int i = 0; i < p.getPhones().size(); i++) {
            PhoneNumberEmbeddable phone = p.getPhones().get(i);
            if (!PHONE.matcher(phone.getNumber()).matches()) {
                problems.add(new FieldProblem("phones[" + i + "]", "'" + phone.getNumber() + "' is not a phone number."));
            }
        }
        for (int i = 0; i < p.getSocialProfiles().size(); i++) {
            SocialProfileEmbeddable profile = p.getSocialProfiles().get(i);
            if (profile.getNetwork().isEmpty() || profile.getHandle().isEmpty()) {
                problems.add(new FieldProblem("socialProfiles[" + i + "]", "A social profile needs a network and a handle."));
            }
            if (profile.getFollowers() < 0) {
                problems.add(new FieldProblem("socialProfiles[" + i + "]", "Followers cannot be negative."));
            }
        }
        return problems;
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "At most " + max + " characters (this has " + value.length() + ")."));
        }
    }
}
