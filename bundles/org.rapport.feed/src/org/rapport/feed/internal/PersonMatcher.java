package org.rapport.feed.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;

/**
 * Finds the contact behind an identity through the optional person lookup service: by network and handle, then by the
 * email a feed gave. Answers are cached for the life of one matcher (one store or rematch run), so an author of many
 * posts costs one lookup. Without the service nobody is matched; a lookup that fails counts as no match.
 */
final class PersonMatcher {

    private final PersonLookup lookup;
    private final Map<String, Optional<PersonRef>> cache = new HashMap<>();
    private boolean failureLogged;

    /** @param lookup the person lookup, or {@code null} when the contacts domain is not installed */
    PersonMatcher(PersonLookup lookup) {
        this.lookup = lookup;
    }

    /** Whether contacts can be asked at all. */
    boolean available() {
        return lookup != null;
    }

    /** The contact with this handle on this network, else with this email address; empty without the service. */
    Optional<PersonRef> match(String network, String handle, String email) {
        if (lookup == null) {
            return Optional.empty();
        }
        String key = network + ':' + handle + '|' + (email == null ? "" : email);
        Optional<PersonRef> cached = cache.get(key);
        if (cached == null) {
            cached = ask(network, handle, email);
            cache.put(key, cached);
        }
        return cached;
    }

    /** The person's name as contacts know it now, for an identity a user links by hand. */
    Optional<PersonRef> person(long id) {
        return lookup == null ? Optional.empty() : lookup.person(id);
    }

    private Optional<PersonRef> ask(String network, String handle, String email) {
        try {
            Optional<PersonRef> found = lookup.byHandle(network, handle);
            if (found.isEmpty() && email != null && !email.isBlank()) {
                found = lookup.byEmail(email);
            }
            return found;
        } catch (RuntimeException e) {
            if (!failureLogged) { // once per run: a broken lookup would otherwise log for every author
                failureLogged = true;
                ILog.of(PersonMatcher.class).log(Status.warning("Feed authors could not be matched to contacts: "
                        + e.getMessage(), e));
            }
            return Optional.empty();
        }
    }
}
