package org.rapport.contacts.duplicates;

import java.util.List;
import java.util.stream.Collectors;

import org.rapport.contacts.PersonRow;

/**
 * Two people who are probably one, with the evidence. The first is the one with the lower id (usually the older
 * record, a natural survivor).
 *
 * @param first   one person
 * @param second  the other
 * @param score   0 to 1, the evidence combined: a shared email alone gives 0.95, a similar name alone 0.5 to 0.75
 * @param reasons the evidence, strongest first
 */
public record DuplicatePair(PersonRow first, PersonRow second, double score, List<DuplicateReason> reasons) {

    /** Copies the reasons. */
    public DuplicatePair {
        reasons = List.copyOf(reasons);
    }

    /** The reasons in one line, e.g. "both have ada@example.com; similar names (0.96)". */
    public String reasonText() {
        return reasons.stream().map(DuplicateReason::detail).collect(Collectors.joining("; "));
    }

    /** The score as a percentage, for a column. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
