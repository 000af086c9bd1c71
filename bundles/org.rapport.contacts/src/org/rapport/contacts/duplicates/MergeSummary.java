package org.rapport.contacts.duplicates;

import java.time.Instant;

/**
 * A merge as recorded, to list merges and offer their undo.
 *
 * @param id           the merge's id, for {@link DuplicateService#unmerge}
 * @param survivorId   the person that stayed
 * @param survivorName the survivor's name before the merge
 * @param mergedId     the person merged into it
 * @param mergedName   the merged person's name
 * @param mergedAt     when
 * @param mergedBy     by whom (user name)
 * @param undoneAt     when it was unmerged, or {@code null}
 */
public record MergeSummary(long id, long survivorId, String survivorName, long mergedId, String mergedName,
        Instant mergedAt, String mergedBy, Instant undoneAt) {

    /** Whether the merge was undone. */
    public boolean undone() {
        return undoneAt != null;
    }

    /** E.g. "Ada Lovelace (#12) merged into Ada Lovelace (#7)". */
    public String describe() {
        return mergedName + " (#" + mergedId + ") merged into " + survivorName + " (#" + survivorId + ")";
    }
}
