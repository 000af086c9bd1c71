package org.rapport.feed.internal.cli;

import java.util.Collection;
import java.util.Map;

/**
 * The email addresses of contacts, for the command line's JSON. A DS service provided by {@link ContactsDomainEmails}
 * only when the contacts domain is installed: the feed works without it (and then prints {@code null} emails).
 */
public interface ContactEmails {

    /** The primary email address of each of these contacts that has one, by id. */
    Map<Long, String> emails(Collection<Long> personIds);
}
