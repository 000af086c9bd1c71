package org.rapport.feed;

import java.util.List;

import org.rapport.feed.sources.ParseProblem;

/**
 * What storing a batch of fetched or imported posts did.
 *
 * @param read          posts read from the input
 * @param created       posts stored for the first time
 * @param alreadyStored posts that were stored before (same network and external id); counts and state refreshed
 * @param matched       new posts whose author is matched to a contact
 * @param negative      new posts labelled negative
 * @param problems      items rejected, with their location
 */
public record ImportSummary(int read, int created, int alreadyStored, int matched, int negative,
        List<ParseProblem> problems) {

    /** Copies the list. */
    public ImportSummary {
        problems = List.copyOf(problems);
    }

    /** The number of rejected items. */
    public int rejected() {
        return problems.size();
    }
}
