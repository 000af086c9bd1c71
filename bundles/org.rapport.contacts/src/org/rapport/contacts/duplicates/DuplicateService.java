package org.rapport.contacts.duplicates;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactValidationException;
import org.rapport.contacts.model.Person;

/**
 * Finds people recorded twice, merges them, and undoes merges. Available as an OSGi service; the methods do database
 * work, so call them from a background job (the scan of a large database takes a while and reports progress).
 * Merges and unmerges post the contacts' change events like any other change.
 */
public interface DuplicateService {

    /**
     * Scans every person for likely duplicates: the same email, the same handle on a network, the same phone number,
     * similar names. People are grouped by these keys (in the database for emails and handles, in sorted key lists
     * for phones and names), so the work grows with the number of people, not its square; names shared by more than
     * {@value #MAX_NAME_GROUP} people are too common to be evidence on their own and are not compared.
     *
     * @param monitor progress and cancellation; may be {@code null}
     * @return the pairs, highest score first
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    List<DuplicatePair> scan(IProgressMonitor monitor);

    /** People sharing a name with more than this many others are not compared by name alone. */
    int MAX_NAME_GROUP = 50;

    /**
     * What the survivor would look like after the merge, without changing anything: for a merge dialog's preview.
     *
     * @throws IllegalArgumentException when one of the people no longer exists
     */
    Person preview(MergeRequest request);

    /**
     * Merges two people: the survivor takes the chosen values and the merged person's history; the merged person is
     * removed. Both are recorded exactly as they were, so {@link #unmerge} can bring them back.
     *
     * @return the merge as recorded
     * @throws IllegalArgumentException   when one of the people no longer exists
     * @throws ContactValidationException when the merged values cannot be saved
     */
    MergeSummary merge(MergeRequest request);

    /**
     * Undoes a merge: the survivor gets back every value it had before, the merged person returns with its id, its
     * values, lists and custom values, and its history (the events moved to the survivor go back). Both get an
     * "unmerged" event. Their versions move on (so open editors see the change) and their change time is now.
     *
     * @return the two people as restored: survivor first
     * @throws IllegalStateException   when the merge was already undone, or the survivor was deleted since
     * @throws ConcurrentEditException when the survivor was edited after the merge (unmerging would lose the edits)
     */
    List<Person> unmerge(long mergeId);

    /** The most recent merges, newest first, at most {@code limit}; undone ones included. */
    List<MergeSummary> merges(int limit);

    /** The merges a person survived or was merged in, newest first. */
    List<MergeSummary> mergesOf(long personId);
}
