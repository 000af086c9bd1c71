package org.rapport.contacts.ui.internal.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Makes the form's controls and binds each to a field of the working copy: a change in a control is an undoable edit,
 * and after an undo, redo or reload every control shows the person again. Controls are laid out as label/control pairs
 * in the parent's grid.
 */
final class Binder {

    private final FormToolkit toolkit;
    private final WorkingCopy copy;
    private final FieldMessages messages;
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean updating;

    Binder(FormToolkit toolkit, WorkingCopy copy, FieldMessages messages) {
        this.toolkit = toolkit;
        this.copy = copy;
        this.messages = messages;
    }

    FormToolkit toolkit() {
        return toolkit;
    }

    WorkingCopy copy() {
        return copy;
    }

    FieldMessages messages() {
        return messages;
    }

    /** Whether controls are being set from the person (their listeners must not edit it back). */
    boolean isUpdating() {
        return updating;
    }

    /** Shows the person in every control. */
    void refresh() {
        updating = true;
        try {
            for (Runnable refresher : List.copyOf(refreshers)) {
                refresher.run();
            }
        } finally {
            updating = false;
        }
    }

    /** Runs {@code change} to controls without it counting as an edit. */
    void quietly(Runnable change) {
        boolean was = updating;
        updating = true;
        try {
            change.run();
        } finally {
            updating = was;
        }
    }

    /** Runs whenever the controls must show the person again. */
    void onRefresh(Runnable refresher) {
        refreshers.add(refresher);
    }

    Label label(Composite parent, String text) {
        Label label = toolkit.createLabel(parent, text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        return label;
    }

    /** A text field; each keystroke edits the person, one undoable edit per visit to the field. */
    Text text(Composite parent, String label, String fieldName, PersonField<String> field, int style) {
        label(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(text);
        bindText(text, fieldName, () -> field.get().apply(copy.person()),
                value -> copy.edit("Typing in " + field.label(), field, value, fieldName));
        return text;
    }

    /** Binds a text control to a value: shows it on refresh, edits it on every keystroke. */
    void bindText(Text text, String typingKey, Supplier<String> value, Consumer<String> edit) {
        text.setData(BinderKeys.FIELD, typingKey);
        messages.register(typingKey, text);
        onRefresh(() -> setText(text, value.get()));
        text.addListener(SWT.Modify, e -> {
            if (!updating) {
                edit.accept(text.getText());
            }
        });
        endTypingOnLeave(text);
    }

    /** A date field: written as 2024-03-31; a date it cannot read is an error at the field and changes nothing. */
    Text date(Composite parent, String label, String fieldName, PersonField<LocalDate> field, Consumer<LocalDate> after) {
        label(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE);
        text.setMessage(Dates.HINT);
        GridDataFactory.fillDefaults().grab(true, false).hint(90, SWT.DEFAULT).applyTo(text);
        text.setData(BinderKeys.FIELD, fieldName);
        messages.register(fieldName, text);
        onRefresh(() -> {
            LocalDate shown = field.get().apply(copy.person());
            if (!Objects.equals(readOrNull(text.getText()), shown)) {
                setText(text, Dates.format(shown));
                messages.unreadable(text, null);
            }
            after.accept(shown);
        });
        text.addListener(SWT.Modify, e -> {
            if (updating) {
                return;
            }
            try {
                LocalDate date = Dates.parse(text.getText());
                messages.unreadable(text, null);
                copy.edit("Typing in " + field.label(), field, date, fieldName);
                after.accept(date);
            } catch (IllegalArgumentException unreadable) {
                messages.unreadable(text, unreadable.getMessage());
            }
        });
        endTypingOnLeave(text);
        return text;
    }

    /** A read-only choice among values; {@code null} may be one of them (shown as its name). */
    <V> Combo choice(Composite parent, String label, String fieldName, PersonField<V> field, List<V> values,
            Function<V, String> name) {
        label(parent, label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setItems(values.stream().map(name).toArray(String[]::new));
        combo.setVisibleItemCount(Math.min(values.size(), 12));
        GridDataFactory.swtDefaults().applyTo(combo);
        combo.setData(BinderKeys.FIELD, fieldName);
        messages.register(fieldName, combo);
        onRefresh(() -> combo.select(Math.max(0, values.indexOf(field.get().apply(copy.person())))));
        combo.addListener(SWT.Selection, e -> {
            if (!updating && combo.getSelectionIndex() >= 0) {
                copy.edit("Change " + field.label(), field, values.get(combo.getSelectionIndex()), null);
            }
        });
        return combo;
    }

    /** A text with suggestions to pick from (e.g. language codes, labels); typing anything else is fine too. */
    Combo suggest(Composite parent, String fieldName, List<String> suggestions, Supplier<String> value,
            Consumer<String> edit) {
        Combo combo = new Combo(parent, SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setItems(suggestions.toArray(String[]::new));
        combo.setVisibleItemCount(Math.min(suggestions.size(), 12));
        combo.setData(BinderKeys.FIELD, fieldName);
        messages.register(fieldName, combo);
        onRefresh(() -> {
            String shown = value.get();
            if (!combo.getText().equals(shown)) {
                combo.setText(shown);
            }
        });
        combo.addListener(SWT.Modify, e -> {
            if (!updating) {
                edit.accept(combo.getText());
            }
        });
        combo.addListener(SWT.FocusOut, e -> copy.endTyping());
        return combo;
    }

    void endTypingOnLeave(Control control) {
        control.addListener(SWT.FocusOut, e -> copy.endTyping());
    }

    private static LocalDate readOrNull(String text) {
        try {
            return Dates.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void setText(Text text, String value) {
        String shown = value == null ? "" : value;
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }
}
