package org.rapport.core.people;

import java.util.List;
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

    /** Organizations whose name begins with the text (ignoring case), by name, at most {@code limit}. */
    List<OrganizationRef> organizations(String prefix, int limit);
}
