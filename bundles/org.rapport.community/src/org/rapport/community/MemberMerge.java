package org.rapport.community;

import java.time.Instant;

/**
 * A recorded merge of two members.
 *
 * @param id         the merge's id, for {@link MemberService#unmerge}
 * @param survivorId the member that kept every identity and activity
 * @param mergedId   the member merged into it (kept hidden so the merge can be undone)
 * @param mergedName the merged member's name at the time
 * @param at         when it was merged
 * @param undoneAt   when it was undone, or {@code null}
 */
public record MemberMerge(long id, long survivorId, long mergedId, String mergedName, Instant at, Instant undoneAt) {
}
