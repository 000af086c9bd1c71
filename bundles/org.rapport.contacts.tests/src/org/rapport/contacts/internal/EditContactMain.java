package org.rapport.contacts.internal;

import java.nio.file.Path;

import org.rapport.contacts.model.Person;
import org.rapport.persistence.StandaloneDatabase;

/**
 * A second Rapport process for {@link TwoProcessConflictTest}: on the same server database it changes a contact's
 * notes through the contact service, prints {@code SAVED <version> <updated by>}, and ends.
 * <p>
 * Arguments: JDBC URL, user, password, person id, notes, scratch folder.
 */
public final class EditContactMain {

    private EditContactMain() {
    }

    public static void main(String[] args) {
        try (StandaloneDatabase database = StandaloneDatabase.onServer(args[0], args[1], args[2], Path.of(args[5]))) {
            JpaContactService contacts = new JpaContactService(new ContactsUnit(database), new ContactEvents());
            Person person = contacts.person(Long.parseLong(args[3])).orElseThrow();
            person.setNotes(args[4]);
            Person saved = contacts.save(person);
            System.out.println("SAVED " + saved.getVersion() + " " + saved.getUpdatedBy());
        }
    }
}
