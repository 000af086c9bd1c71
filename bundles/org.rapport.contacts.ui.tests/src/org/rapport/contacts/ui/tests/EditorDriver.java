package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.editor.ContactEditor;
import org.rapport.ui.testing.UiTestSupport;

/** A contact editor as a user drives it: typing into its fields and using the workbench's commands on it. */
final class EditorDriver {

    static final String UNDO = "org.eclipse.ui.edit.undo";
    static final String REDO = "org.eclipse.ui.edit.redo";
    static final String SAVE = "org.eclipse.ui.file.save";

    final ContactEditor editor;

    EditorDriver(ContactEditor editor) {
        this.editor = editor;
    }

    /** Opens a saved person and waits until the form shows them. */
    static EditorDriver open(Person person) throws Exception {
        IEditorPart part = UiTestSupport.page().openEditor(ContactEditorInput.saved(person.getId(), person.displayName()),
                ContactsUi.EDITOR_ID);
        return showing(part);
    }

    static EditorDriver showing(IEditorPart part) {
        ContactEditor editor = assertInstanceOf(ContactEditor.class, part);
        UiTestSupport.spinUntil(editor::isShowingPerson, () -> "the editor shows the person");
        return new EditorDriver(editor);
    }

    Control field(String name) {
        Control control = editor.fieldControl(name);
        assertNotNull(control, "the form has a control for " + name);
        return control;
    }

    String text(String name) {
        Control control = field(name);
        return control instanceof Text text ? text.getText() : ((Combo) control).getText();
    }

    /** Clicks into a field, replaces its text (one change, as a paste) and leaves it. */
    void type(String name, String value) {
        Control control = field(name);
        control.setFocus();
        if (control instanceof Text text) {
            text.setText(value);
        } else {
            ((Combo) control).setText(value);
        }
        control.notifyListeners(SWT.FocusOut, new Event());
        UiTestSupport.flushEvents();
    }

    /** Runs a workbench command (Edit > Undo, File > Save…) the way its key binding does. */
    void command(String id) throws Exception {
        editor.getSite().getPage().activate(editor);
        UiTestSupport.window().getService(IHandlerService.class).executeCommand(id, null);
        UiTestSupport.flushEvents();
    }
}
