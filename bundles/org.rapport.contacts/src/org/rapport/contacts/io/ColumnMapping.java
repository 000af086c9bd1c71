package org.rapport.contacts.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each column of a CSV file goes, by column position (0 is the first column). Columns beyond the list are not
 * imported. Immutable; {@link #with} gives a changed copy, as the mapping page changes one column at a time.
 *
 * @param targets one target per column
 */
public record ColumnMapping(List<ColumnTarget> targets) {

    /** Copies the list. */
    public ColumnMapping {
        targets = List.copyOf(targets);
    }

    /** Where column {@code column} goes; {@link ColumnTarget#IGNORED} beyond the list. */
    public ColumnTarget target(int column) {
        return column < targets.size() ? targets.get(column) : ColumnTarget.IGNORED;
    }

    /** A copy with column {@code column} going to {@code target} (the list grows with ignored columns as needed). */
    public ColumnMapping with(int column, ColumnTarget target) {
        List<ColumnTarget> changed = new ArrayList<>(targets);
        while (changed.size() <= column) {
            changed.add(ColumnTarget.IGNORED);
        }
        changed.set(column, target);
        return new ColumnMapping(changed);
    }

    /** Whether any column is imported. */
    public boolean importsAnything() {
        return targets.stream().anyMatch(ColumnTarget::imported);
    }
}
