package org.rapport.contacts.ui.internal.io;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The only page of a wizard whose service is missing: says why, and nothing can be finished. */
final class UnavailablePage extends WizardPage {

    private final String reason;

    UnavailablePage(String reason) {
        super("unavailable");
        this.reason = reason;
        setTitle("Not Available");
        setErrorMessage(reason);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(reason);
        setControl(label);
    }
}
