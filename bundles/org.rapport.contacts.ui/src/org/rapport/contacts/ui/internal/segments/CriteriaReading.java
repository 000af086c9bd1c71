package org.rapport.contacts.ui.internal.segments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;
import org.rapport.contacts.segments.SegmentCondition;
import org.rapport.contacts.segments.SegmentCriteria;

/**
 * What the criteria form reads from its widgets: the conditions, each with the control that sets it (so a problem the
 * service finds in {@code conditions[i]} is shown at that control), and what the form could not read, by control.
 */
final class CriteriaReading {

    private final List<SegmentCondition> conditions = new ArrayList<>();
    private final List<Control> sources = new ArrayList<>();
    private final Map<Control, String> problems = new LinkedHashMap<>();

    /** Adds a condition set at a control. */
    void add(SegmentCondition condition, Control source) {
        conditions.add(condition);
        sources.add(source);
    }

    /**
     * Adds the condition {@code make} builds; when the condition refuses its values (an age range upside down), its
     * message goes to {@code at} instead.
     */
    void tryAdd(Supplier<SegmentCondition> make, Control at) {
        try {
            add(make.get(), at);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
        }
    }

    /** A value the form cannot read; the first message per control wins. */
    void problem(Control at, String message) {
        problems.putIfAbsent(at, message);
    }

    /** Whether the form could read everything. */
    boolean readable() {
        return problems.isEmpty();
    }

    /** The criteria read, combined as {@code match} says. */
    SegmentCriteria criteria(SegmentCriteria.Match match) {
        return new SegmentCriteria(match, conditions);
    }

    /** The control that set {@code conditions[index]}, or {@code null}. */
    Control sourceOf(int index) {
        return index >= 0 && index < sources.size() ? sources.get(index) : null;
    }

    Map<Control, String> problems() {
        return Collections.unmodifiableMap(problems);
    }
}
