package org.rapport.loyalty.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;

/**
 * Names of members: a member is a contact id, its name comes from the contacts through the core person lookup
 * (optional: without contacts, a member is "Person #id"). Call from a background job.
 */
public final class People {

    private People() {
    }

    /** The contact with this id, named as well as the lookup can. */
    public static PersonRef person(PersonLookup lookup, long personId) {
        PersonRef found = lookup == null ? null : lookup.person(personId).orElse(null);
        return found != null ? found : new PersonRef(personId, "Person #" + personId);
    }

    /** The contacts of these ids, looked up once each. */
    public static Map<Long, PersonRef> people(PersonLookup lookup, long... personIds) {
        Map<Long, PersonRef> people = new HashMap<>();
        for (long id : personIds) {
            people.computeIfAbsent(id, key -> person(lookup, key));
        }
        return people;
    }
}
