package org.rapport.contacts.ui.internal.editor;

/** Keys of the data the form puts on its controls. */
final class BinderKeys {

    /** The field a control edits, e.g. {@code firstName} or {@code emails[1]}: lets tests and messages find it. */
    static final String FIELD = "org.rapport.contacts.ui.field";

    private BinderKeys() {
    }
}
