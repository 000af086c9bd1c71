package org.rapport.contacts.ui.internal.editor;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.rapport.contacts.model.Person;

/**
 * The person an editor edits, and the edits as undoable operations in the workbench's operation history under the
 * editor's own undo context. The editor is dirty when the history's latest edit is not the one that was latest at the
 * last save, so undoing back to the saved state makes it clean again. Used on the UI thread only.
 */
final class WorkingCopy {

    /** How the person changed, so the form knows whether its controls show it already. */
    enum Change {
        /** The user edited a field; its control shows the new value already. */
        EDITED,
        /** Undo or redo put a value back; the controls must show it. */
        RESTORED,
        /** Another person was put in (loaded, reloaded, saved); the controls must show it. */
        REPLACED,
        /**
         * The history has taken in an edit, undo or redo: whether the person is dirty may have changed. (The history
         * moves an operation between its undo and redo stacks only after running it, so {@link #RESTORED} is too early
         * to tell.)
         */
        HISTORY
    }

    /** Told about every change. */
    interface Listener {
        void changed(Change change);
    }

    /** Edits kept per editor for Undo. */
    static final int UNDO_LIMIT = 200;

    private final IOperationHistory history;
    private final IUndoContext context;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final IOperationHistoryListener historyListener = this::historyChanged;
    private Person person = new Person();
    private IUndoableOperation savePoint;

    WorkingCopy(IOperationHistory history, String label) {
        this.history = history;
        this.context = new ObjectUndoContext(this, label);
        history.setLimit(context, UNDO_LIMIT);
        history.addOperationHistoryListener(historyListener);
    }

    private void historyChanged(OperationHistoryEvent event) {
        switch (event.getEventType()) {
            case OperationHistoryEvent.OPERATION_ADDED, OperationHistoryEvent.UNDONE, OperationHistoryEvent.REDONE,
                    OperationHistoryEvent.OPERATION_REMOVED -> {
                if (event.getOperation() != null && event.getOperation().hasContext(context)) {
                    fire(Change.HISTORY);
                }
            }
            default -> {
                // nothing that changes the person or its dirty state
            }
        }
    }

    /** The person as edited; read it, change it only through {@link #edit}. */
    Person person() {
        return person;
    }

    IUndoContext undoContext() {
        return context;
    }

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Changes a field as one undoable edit. With a {@code typingKey} (the control typed in), further keystrokes in the
     * same control grow the same edit, so Undo takes back a word typed, not a letter.
     */
    <V> void edit(String label, PersonField<V> field, V value, String typingKey) {
        V before = field.get().apply(person);
        if (Objects.equals(before, value)) {
            return;
        }
        field.set().accept(person, value);
        IUndoableOperation latest = history.getUndoOperation(context);
        if (typingKey != null && latest instanceof FieldEdit<?> open && open.isTypingIn(typingKey)) {
            open.grow(value);
            fire(Change.EDITED);
            return;
        }
        endTyping();
        FieldEdit<V> edit = new FieldEdit<>(label, this, field, before, value, typingKey);
        edit.addContext(context);
        history.add(edit);
        fire(Change.EDITED);
    }

    /** The next keystroke starts a new edit (the user left the field, or saved). */
    void endTyping() {
        if (history.getUndoOperation(context) instanceof FieldEdit<?> open) {
            open.stopTyping();
        }
    }

    /** Puts a value back (undo, redo). */
    <V> void restore(PersonField<V> field, V value) {
        field.set().accept(person, value);
        fire(Change.RESTORED);
    }

    /** Starts over with a person as read from the database: nothing to undo, not dirty. */
    void replace(Person loaded) {
        person = loaded.copy();
        history.dispose(context, true, true, false);
        savePoint = null;
        fire(Change.REPLACED);
    }

    /** Takes the person as saved (new version, tidied values); the edits stay undoable, and this is the clean state. */
    void saved(Person saved) {
        endTyping();
        person = saved.copy();
        savePoint = history.getUndoOperation(context);
        fire(Change.REPLACED);
    }

    /** Whether there are edits since the person was read or saved. */
    boolean isDirty() {
        return history.getUndoOperation(context) != savePoint;
    }

    /** Forgets the edits, at the end of the editor. */
    void dispose() {
        history.removeOperationHistoryListener(historyListener);
        history.dispose(context, true, true, true);
        listeners.clear();
    }

    private void fire(Change change) {
        for (Listener listener : listeners) {
            listener.changed(change);
        }
    }
}
