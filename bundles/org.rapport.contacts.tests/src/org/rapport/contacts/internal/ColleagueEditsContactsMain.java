package org.rapport.contacts.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.rapport.contacts.model.Person;
import org.rapport.persistence.StandaloneDatabase;

/**
 * A colleague's Rapport for {@link ColleaguesContactChangesTest}: on the same server database, through the contact
 * service with the database's change broadcast (as in the product), it renames one person, creates another and deletes
 * a third, prints {@code CHANGED <new id> <epoch microseconds>} after the last commit, and {@code DONE} once the
 * notifications went out.
 * <p>
 * Arguments: URL USER PASSWORD WORKSPACE RENAME_ID NEW_FIRST NEW_LAST CREATE_FIRST CREATE_LAST DELETE_ID
 */
public final class ColleagueEditsContactsMain {

    private ColleagueEditsContactsMain() {
    }

    public static void main(String[] args) {
        try (StandaloneDatabase database = StandaloneDatabase.onServer(args[0], args[1], args[2], Path.of(args[3]))) {
            ContactEvents events = new ContactEvents();
            events.setChangeBroadcast(database.changeBroadcast());
            JpaContactService contacts = new JpaContactService(new ContactsUnit(database), events);
            Person renamed = contacts.person(Long.parseLong(args[4])).orElseThrow();
            System.out.println("READY");
            System.out.flush();
            renamed.setFirstName(args[5]);
            renamed.setLastName(args[6]);
            contacts.save(renamed);
            long created = contacts.save(new Person(args[7], args[8])).getId();
            contacts.delete(List.of(Long.parseLong(args[9])));
            System.out.println("CHANGED " + created + " " + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
            System.out.flush();
        } // closing the database sends the queued notifications
        System.out.println("DONE");
        System.out.flush();
    }
}
