package org.rapport.loyalty.internal.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * IN lists of a fixed length. Derby compiles a statement once per distinct text and keeps the plan in its statement
 * cache; an IN list whose length changed with every chunk made a new text, compiled again (an optimizer pass over
 * hundreds of parameters) each time. Padded with the last value repeated, which changes nothing a query finds or an
 * update touches.
 */
public final class InLists {

    private InLists() {
    }

    /** {@code values} (1 to {@code size} of them) followed by copies of the last one, {@code size} in all. */
    public static <T> List<T> padded(List<T> values, int size) {
        if (values.isEmpty() || values.size() > size) {
            throw new IllegalArgumentException(values.size() + " values for an IN list of " + size);
        }
        if (values.size() == size) {
            return values;
        }
        List<T> padded = new ArrayList<>(size);
        padded.addAll(values);
        T last = values.get(values.size() - 1);
        while (padded.size() < size) {
            padded.add(last);
        }
        return padded;
    }
}
