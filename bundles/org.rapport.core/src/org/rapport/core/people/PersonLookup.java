package org.rapport.core.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rapport.core.PersonRef;

/**
 * Finds the people (and organizations) of the contact database without depending on the domain that keeps them.
 * Register an implementation as an OSGi service; Rapport's contacts domain provides one. A domain that refers to
 * people (the pipeline, loyalty, the social feed) uses this service, optionally: without it, it works with ids alone.
 * <p>
 * The methods may read the database or a search index: call them from a background job, never the UI thread.
 */
public interface PersonLookup {

    /**
     * People matching what a user typed, best first: names, email addresses and social handles that begin with the
     * words typed ({@code "ada lov"}, {@code "lovelace@"}, {@code "@ada"}). Blank text finds nobody.
     *
     * @param text  what the user typed
     * @param limit the most people to return
     */
    List<PersonRef> find(String text, int limit);

    /** The person with this id, if there is one. */
    Optional<PersonRef> person(long id);

    /** The person with this email address (ignoring case), if there is exactly one such person or a first one. */
    Optional<PersonRef> byEmail(String email);

    /**
     * The person with this handle on a network, if any.
     *
     * @param network the network's name as contacts store it, e.g. {@code mastodon}, {@code bluesky}, {@code github}
     *                (ignoring case)
     * @param handle  the handle, with or without a leading {@code @} (ignoring case), e.g. {@code ada@mastodon.social}
     */
    Optional<PersonRef> byHandle(String network, String handle);

    /**
     * The people with these email addresses, as {@link #byEmail(String)} finds them one at a time, for many addresses
     * at once: an importer that meets thousands of authors asks once a batch instead of once an author. Implementations
     * should override this with a query for the whole batch; the default asks {@link #byEmail(String)} for each.
     *
     * @param emails the addresses (blank and {@code null} ones are skipped, duplicates asked once)
     * @return the people found, keyed by {@link #emailKey(String)} of the address; addresses nobody has are absent
     */
    default Map<String, PersonRef> byEmails(Collection<String> emails) {
        Map<String, PersonRef> found = new HashMap<>();
        for (String email : emails) {
            String key = emailKey(email);
            if (!key.isEmpty() && !found.containsKey(key)) {
                byEmail(email).ifPresent(person -> found.put(key, person));
            }
        }
        return found;
    }

    /**
     * The people with these handles on a network, as {@link #byHandle(String, String)} finds them one at a time, for
     * many handles at once. Implementations should override this with a query for the whole batch; the default asks
     * {@link #byHandle(String, String)} for each.
     *
     * @param network the network's name as contacts store it (ignoring case); {@code null} finds nobody
     * @param handles the handles, each with or without a leading {@code @} (blank and {@code null} ones are skipped)
     * @return the people found, keyed by {@link #handleKey(String)} of the handle; handles nobody has are absent
     */
    default Map<String, PersonRef> byHandles(String network, Collection<String> handles) {
        Map<String, PersonRef> found = new HashMap<>();
        if (network == null) {
            return found;
        }
        for (String handle : handles) {
            String key = handleKey(handle);
            if (!key.isEmpty() && !found.containsKey(key)) {
                byHandle(network, handle).ifPresent(person -> found.put(key, person));
            }
        }
        return found;
    }

    /**
     * An email address as lookups compare it and {@link #byEmails(Collection)} keys its answer: trimmed, in lower case;
     * empty for {@code null}.
     */
    static String emailKey(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A handle as lookups compare it and {@link #byHandles(String, Collection)} keys its answer: trimmed, without one
     * leading {@code @}, in lower case ({@code "@Ada@Fosstodon.example"} is {@code "ada@fosstodon.example"}); empty for
     * {@code null}.
     */
    static String handleKey(String handle) {
        String trimmed = handle == null ? "" : handle.trim();
        return (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
    }

    /** Organizations whose name begins with the text (ignoring case), by name, at most {@code limit}. */
    List<OrganizationRef> organizations(String prefix, int limit);
}
