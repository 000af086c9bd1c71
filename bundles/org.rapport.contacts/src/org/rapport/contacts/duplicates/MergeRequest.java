package org.rapport.contacts.duplicates;

import java.util.EnumMap;
import java.util.Map;

/**
 * What to merge and how: the survivor keeps its id and history and receives the merged person's history; the merged
 * person is removed (until an unmerge brings it back).
 *
 * @param survivorId the person that stays
 * @param mergedId   the person merged into it
 * @param choices    per field, whose value to keep; fields not given take {@link MergeField#defaultChoice()}
 */
public record MergeRequest(long survivorId, long mergedId, Map<MergeField, MergeChoice> choices) {

    /** Checks the request. */
    public MergeRequest {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("A person cannot be merged with itself (#" + survivorId + ").");
        }
        EnumMap<MergeField, MergeChoice> copy = new EnumMap<>(MergeField.class);
        copy.putAll(choices);
        copy.forEach((field, choice) -> {
            if (choice == MergeChoice.BOTH && !field.combinable()) {
                throw new IllegalArgumentException(field + " is a single value: keep the survivor's or the merged person's.");
            }
        });
        choices = Map.copyOf(copy);
    }

    /** A merge with the default choices: lists united, single values from the survivor. */
    public static MergeRequest of(long survivorId, long mergedId) {
        return new MergeRequest(survivorId, mergedId, Map.of());
    }

    /** This request with one more choice. */
    public MergeRequest with(MergeField field, MergeChoice choice) {
        EnumMap<MergeField, MergeChoice> more = new EnumMap<>(MergeField.class);
        more.putAll(choices);
        more.put(field, choice);
        return new MergeRequest(survivorId, mergedId, more);
    }

    /** The choice for a field. */
    public MergeChoice choice(MergeField field) {
        return choices.getOrDefault(field, field.defaultChoice());
    }
}
