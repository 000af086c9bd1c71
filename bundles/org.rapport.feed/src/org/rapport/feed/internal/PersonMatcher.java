package org.rapport.feed.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;

/**
 * Finds the contact behind an identity through the optional person lookup service: by network and handle, then by the
 * email a feed gave. Answers are cached for the life of one matcher (one store or rematch run), so an author of many
 * posts costs one lookup; {@link #prefetch} asks for a whole chunk of identities in one batch call a network plus one
 * for their emails. Without the service nobody is matched; a lookup that fails counts as no match.
 */
final class PersonMatcher {

    private final PersonLookup lookup;
    private final Map<String, Optional<PersonRef>> cache = new HashMap<>();
    private boolean failureLogged;

    /** @param lookup the person lookup, or {@code null} when the contacts domain is not installed */
    PersonMatcher(PersonLookup lookup) {
        this.lookup = lookup;
    }

    /** An identity to match: its network, handle as stored and the email a feed gave (or {@code null}). */
    record Identity(String network, String handle, String email) {
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
        String key = key(network, handle, email);
        Optional<PersonRef> cached = cache.get(key);
        if (cached == null) {
            cached = ask(network, handle, email);
            cache.put(key, cached);
        }
        return cached;
    }

    /**
     * Looks up all these identities not asked before with batch calls, so that {@link #match} answers them from the
     * cache: the same answers as one by one (handle first, then email), in one call a network plus one for the emails.
     */
    void prefetch(Collection<Identity> identities) {
        if (lookup == null) {
            return;
        }
        Map<String, Identity> unasked = new LinkedHashMap<>();
        for (Identity identity : identities) {
            String key = key(identity.network(), identity.handle(), identity.email());
            if (!cache.containsKey(key)) {
                unasked.putIfAbsent(key, identity);
            }
        }
        if (unasked.isEmpty()) {
            return;
        }
        try {
            Map<String, List<String>> handles = new HashMap<>();
            unasked.values().forEach(identity -> handles.computeIfAbsent(identity.network(), n -> new ArrayList<>())
                    .add(identity.handle()));
            Map<String, Map<String, PersonRef>> byHandle = new HashMap<>();
            handles.forEach((network, list) -> byHandle.put(network, network == null ? Map.of()
                    : lookup.byHandles(network, list)));
            List<String> emails = new ArrayList<>();
            Map<String, PersonRef> found = new HashMap<>();
            unasked.forEach((key, identity) -> {
                PersonRef person = byHandle.get(identity.network()).get(PersonLookup.handleKey(identity.handle()));
                if (person != null) {
                    found.put(key, person);
                } else if (identity.email() != null && !identity.email().isBlank()) {
                    emails.add(identity.email());
                }
            });
            Map<String, PersonRef> byEmail = emails.isEmpty() ? Map.of() : lookup.byEmails(emails);
            unasked.forEach((key, identity) -> cache.put(key, Optional.ofNullable(found.getOrDefault(key,
                    byEmail.get(PersonLookup.emailKey(identity.email()))))));
        } catch (RuntimeException e) {
            logOnce(e);
            unasked.keySet().forEach(key -> cache.put(key, Optional.empty()));
        }
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
            logOnce(e);
            return Optional.empty();
        }
    }

    private void logOnce(RuntimeException e) {
        if (!failureLogged) { // once per run: a broken lookup would otherwise log for every author
            failureLogged = true;
            ILog.of(PersonMatcher.class).log(Status.warning("Feed authors could not be matched to contacts: "
                    + e.getMessage(), e));
        }
    }

    private static String key(String network, String handle, String email) {
        return network + ':' + handle + '|' + (email == null ? "" : email);
    }
}
