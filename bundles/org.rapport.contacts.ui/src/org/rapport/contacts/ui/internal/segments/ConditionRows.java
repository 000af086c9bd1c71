package org.rapport.contacts.ui.internal.segments;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.rapport.contacts.segments.SegmentCondition;

/** A group of the segment dialog that edits some kinds of condition. */
abstract class ConditionRows {

    private final Runnable changed;

    /** @param changed called on every edit, so the dialog can count again */
    ConditionRows(Runnable changed) {
        this.changed = changed;
    }

    /** Shows the conditions of the kinds this group edits, taking them out of the list (one of each kind). */
    abstract void load(List<SegmentCondition> conditions);

    /** Adds the conditions the user set, or what could not be read. */
    abstract void read(CriteriaReading reading);

    /** Reports edits of a control. */
    final <T extends Control> T watch(T control) {
        control.addListener(control instanceof Button ? SWT.Selection : SWT.Modify, e -> changed.run());
        if (control instanceof org.eclipse.swt.widgets.Combo) {
            control.addListener(SWT.Selection, e -> changed.run());
        }
        return control;
    }

    /** Takes the first condition of a type from the list, or {@code null}. */
    static <T extends SegmentCondition> T take(List<SegmentCondition> conditions, Class<T> type) {
        for (int i = 0; i < conditions.size(); i++) {
            if (type.isInstance(conditions.get(i))) {
                return type.cast(conditions.remove(i));
            }
        }
        return null;
    }
}
