package org.rapport.contacts.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.io.ImportProblem;

/**
 * One row or card as read: the person it describes (memberships name their organization; ids are resolved when
 * written), the problems found, and which column or property each value came from, so that a problem the contact
 * validator finds in {@code emails[1]} is reported at the column "E-mail 2 - Value".
 */
final class IncomingContact {

    private final long line;
    private final PersonEntity person;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();
    private boolean rejected;
    private String photo = "";

    IncomingContact(long line) {
        this.line = line;
        this.person = new PersonEntity();
    }

    /** A row or card that could not be read at all. */
    static IncomingContact unreadable(long line, String field, String value, String reason) {
        IncomingContact contact = new IncomingContact(line);
        contact.reject(field, value, reason);
        return contact;
    }

    long line() {
        return line;
    }

    PersonEntity person() {
        return person;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean rejected() {
        return rejected;
    }

    /** The row is not imported because of this value. */
    void reject(String field, String value, String reason) {
        rejected = true;
        problems.add(new ImportProblem(line, field, value, reason, true));
    }

    /** The row is imported without this value. */
    void skip(String field, String value, String reason) {
        problems.add(new ImportProblem(line, field, value, reason, false));
    }

    /** The row is imported with this value changed; the reason says how. */
    void changed(String field, String value, String reason) {
        problems.add(new ImportProblem(line, field, value, reason, false, true));
    }

    /** A value that cannot be read is left out; the rest of the row is imported. */
    void problem(String field, String value, ValueProblem problem) {
        skip(field, value, problem.getMessage());
    }

    /** Records that a person field (as the validator names it, e.g. {@code emails[0]}) came from a column. */
    void source(String personField, String sourceField) {
        sources.putIfAbsent(personField, sourceField);
    }

    /** The column or property a person field came from, else the person field's name. */
    String sourceOf(String personField) {
        return sources.getOrDefault(personField, personField);
    }

    /** A note that the card had a photo, e.g. "a JPEG photo (12 KB)"; empty when it had none. */
    String photo() {
        return photo;
    }

    void photo(String description) {
        photo = description;
    }

    String name() {
        String name = person.displayName();
        return name.isEmpty() && !person.getEmails().isEmpty() ? person.getEmails().get(0).getAddress() : name;
    }

    String firstEmail() {
        return person.getEmails().isEmpty() ? "" : person.getEmails().get(0).getAddress();
    }

    @Override
    public String toString() {
        return "line " + line + " " + name() + (rejected ? " (rejected)" : "");
    }
}
