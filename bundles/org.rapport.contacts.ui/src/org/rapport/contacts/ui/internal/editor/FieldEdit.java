package org.rapport.contacts.ui.internal.editor;

import java.util.Objects;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One change of one field of the person being edited, as an operation of the workbench's history (Edit &gt; Undo and
 * Redo). It holds the field's value before and after, not the whole person, so undoing it after a save keeps the
 * version the save returned. Keystrokes in one text field grow one edit until the field loses focus.
 */
final class FieldEdit<V> extends AbstractOperation {

    private final WorkingCopy copy;
    private final PersonField<V> field;
    private final V before;
    private V after;
    /** The control being typed in, while the edit still grows with keystrokes; else {@code null}. */
    private String typingKey;

    FieldEdit(String label, WorkingCopy copy, PersonField<V> field, V before, V after, String typingKey) {
        super(label);
        this.copy = copy;
        this.field = field;
        this.before = before;
        this.after = after;
        this.typingKey = typingKey;
    }

    /** Whether more keystrokes in the control with this key belong to this edit. */
    boolean isTypingIn(String key) {
        return typingKey != null && typingKey.equals(key);
    }

    void stopTyping() {
        typingKey = null;
    }

    @SuppressWarnings("unchecked")
    void grow(Object value) {
        after = (V) value;
    }

    /** Whether the edit changes nothing (typing that came back to where it started). */
    boolean isEmpty() {
        return Objects.equals(before, after);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return redo(monitor, info);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        typingKey = null;
        copy.restore(field, after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        typingKey = null;
        copy.restore(field, before);
        return Status.OK_STATUS;
    }
}
