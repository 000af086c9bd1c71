package org.rapport.contacts.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessageManager;
import org.rapport.core.FieldProblem;

/**
 * The messages at the fields of the contact form: what {@code ContactService.validate} says (by field name, e.g.
 * {@code emails[1]}), what the form itself cannot read (a date written wrongly) and notes (a new organization). Each
 * shows as a decoration at its control and in the form's heading; a problem whose field has no control shows in the
 * heading only.
 */
final class FieldMessages {

    private final IMessageManager manager;
    private final Map<String, Control> controls = new HashMap<>();
    private final Map<Control, String> unreadable = new LinkedHashMap<>();
    private final Map<Control, String> notes = new LinkedHashMap<>();
    private final Map<Control, List<String>> shown = new HashMap<>();
    private List<FieldProblem> problems = List.of();
    private String formError;

    FieldMessages(IMessageManager manager) {
        this.manager = manager;
    }

    /** The control that edits a field, e.g. {@code firstName} or {@code emails[1]}. */
    void register(String field, Control control) {
        controls.put(field, control);
    }

    /** Forgets the controls of a list's rows (they are made again), e.g. prefix {@code emails[}. */
    void unregister(String prefix) {
        controls.entrySet().removeIf(entry -> entry.getKey().startsWith(prefix));
        unreadable.keySet().removeIf(Control::isDisposed);
        notes.keySet().removeIf(Control::isDisposed);
    }

    /** Forgets every control, before the form is made again. */
    void clearControls() {
        controls.clear();
        unreadable.clear();
        notes.clear();
        shown.clear();
    }

    /** A value the form cannot read (e.g. "31.02.1990 is not a date"), or {@code null} when it reads again. */
    void unreadable(Control control, String message) {
        if (message == null) {
            unreadable.remove(control);
        } else {
            unreadable.put(control, message);
        }
        update();
    }

    /** A note at a field, or {@code null} to remove it. */
    void note(Control control, String message) {
        if (message == null) {
            notes.remove(control);
        } else {
            notes.put(control, message);
        }
        update();
    }

    /** What the service found wrong, replacing what it found before. */
    void problems(List<FieldProblem> found) {
        problems = List.copyOf(found);
        update();
    }

    /** A message about the whole form (e.g. why it was not saved), or {@code null}. */
    void formError(String message) {
        formError = message;
        update();
    }

    /** Whether anything stops the person from being saved. */
    boolean hasErrors() {
        return !unreadable.isEmpty() || !problems.isEmpty();
    }

    int errorCount() {
        return unreadable.size() + problems.size();
    }

    /** The messages shown at a control, for tests and tooltips. */
    List<String> at(Control control) {
        return shown.getOrDefault(control, List.of());
    }

    /** The control showing a field's messages, or {@code null}. */
    Control controlOf(String field) {
        Control control = controls.get(field);
        if (control == null && field.contains("[")) {
            control = controls.get(field.substring(0, field.indexOf('[')));
        }
        return control == null || control.isDisposed() ? null : control;
    }

    void update() {
        manager.setAutoUpdate(false);
        try {
            manager.removeAllMessages();
            shown.clear();
            unreadable.forEach((control, message) -> add(message, IMessageProvider.ERROR, control));
            for (FieldProblem problem : problems) {
                add(problem.message(), IMessageProvider.ERROR, controlOf(problem.field()));
            }
            notes.forEach((control, message) -> add(message, IMessageProvider.INFORMATION, control));
            if (formError != null) {
                add(formError, IMessageProvider.ERROR, null);
            }
        } finally {
            manager.setAutoUpdate(true);
        }
    }

    private void add(String message, int type, Control control) {
        if (control != null && control.isDisposed()) {
            return;
        }
        Object key = new Object();
        if (control == null) {
            manager.addMessage(key, message, null, type);
        } else {
            manager.addMessage(key, message, null, type, control);
            shown.computeIfAbsent(control, c -> new ArrayList<>()).add(message);
        }
    }
}
