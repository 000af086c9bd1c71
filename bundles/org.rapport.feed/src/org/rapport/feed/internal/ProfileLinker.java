package org.rapport.feed.internal;

import org.rapport.feed.sources.AuthorIdentity;

/**
 * Adds a social profile to a contact when a user links a feed identity to them. A DS service inside the feed bundle,
 * present only when the contacts domain is installed ({@link ContactsProfileLinker}).
 */
public interface ProfileLinker {

    /** Adds the identity as a social profile of the person unless they have it already. */
    void addProfile(long personId, AuthorIdentity identity);
}
