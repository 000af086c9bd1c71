package org.rapport.contacts.ui.internal.duplicates;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.rapport.contacts.duplicates.MergeChoice;
import org.rapport.contacts.duplicates.MergeField;
import org.rapport.contacts.duplicates.MergeRequest;
import org.rapport.contacts.model.Person;

/**
 * What the merge dialog has chosen, in the terms it shows: the two people side by side (left and right, as the pair
 * was listed), which side survives, and per field the left value, the right one or both. Turned into a
 * {@link MergeRequest} (survivor and merged) at the end. A single value the user has not chosen follows the survivor,
 * unless the survivor has none and the other has one.
 */
final class MergeChoices {

    /** A column of the dialog. */
    enum Side {
        LEFT, RIGHT, BOTH;

        Side other() {
            return this == LEFT ? RIGHT : this == RIGHT ? LEFT : BOTH;
        }
    }

    private final Person left;
    private final Person right;
    private final MergeValues values;
    private final Map<MergeField, Side> choices = new EnumMap<>(MergeField.class);
    private final Set<MergeField> chosenByUser = EnumSet.noneOf(MergeField.class);
    private Side survivor = Side.LEFT;

    MergeChoices(Person left, Person right, MergeValues values) {
        this.left = left;
        this.right = right;
        this.values = values;
        applyDefaults();
    }

    Person person(Side side) {
        return side == Side.LEFT ? left : right;
    }

    Side survivor() {
        return survivor;
    }

    /** Another survivor: the choices the user has not made follow it. */
    void setSurvivor(Side side) {
        if (side == Side.BOTH) {
            throw new IllegalArgumentException("one person survives");
        }
        survivor = side;
        applyDefaults();
    }

    Side choice(MergeField field) {
        return choices.get(field);
    }

    /** The user's choice for a field. */
    void choose(MergeField field, Side side) {
        if (side == Side.BOTH && !field.combinable()) {
            throw new IllegalArgumentException(field + " is a single value");
        }
        choices.put(field, side);
        chosenByUser.add(field);
    }

    String text(MergeField field, Side side) {
        return values.text(field, person(side));
    }

    /** Whether both people have the same value (or neither has one): nothing to choose. */
    boolean same(MergeField field) {
        return text(field, Side.LEFT).equalsIgnoreCase(text(field, Side.RIGHT));
    }

    MergeRequest request() {
        Person kept = person(survivor);
        Person merged = person(survivor.other());
        Map<MergeField, MergeChoice> request = new EnumMap<>(MergeField.class);
        choices.forEach((field, side) -> request.put(field,
                side == Side.BOTH ? MergeChoice.BOTH : side == survivor ? MergeChoice.SURVIVOR : MergeChoice.MERGED));
        return new MergeRequest(kept.getId(), merged.getId(), request);
    }

    private void applyDefaults() {
        for (MergeField field : MergeField.values()) {
            if (chosenByUser.contains(field)) {
                continue;
            }
            if (field.combinable()) {
                choices.put(field, Side.BOTH);
            } else {
                boolean survivorHasNone = text(field, survivor).isBlank() && !text(field, survivor.other()).isBlank();
                choices.put(field, survivorHasNone ? survivor.other() : survivor);
            }
        }
    }
}
