package org.rapport.ui.tests;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.rapport.core.PersonRef;
import org.rapport.ui.SimpleSelectionProvider;

/**
 * A stand-in for a domain's person list (Contacts, a feed): a 3.x view whose site selection provider publishes the
 * picked {@link PersonRef}, exactly what the Timeline must follow. Contributed by this fragment's fragment.xml.
 */
public class PersonPickerView extends ViewPart {

    static final String ID = "org.rapport.ui.tests.personPicker";

    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();
    private Label picked;

    @Override
    public void createPartControl(Composite parent) {
        picked = new Label(parent, SWT.NONE);
        picked.setText("Nobody picked");
        getSite().setSelectionProvider(selection);
    }

    /** What a click on a person in a list does. */
    void pick(PersonRef person) {
        picked.setText(person.displayName());
        selection.setSelection(new StructuredSelection(person));
    }

    @Override
    public void setFocus() {
        picked.setFocus();
    }
}
