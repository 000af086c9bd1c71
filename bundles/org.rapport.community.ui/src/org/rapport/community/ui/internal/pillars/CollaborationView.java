package org.rapport.community.ui.internal.pillars;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Events and groups with participants. */
public class CollaborationView {

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.WRAP).setText("Events and groups with participants.");
    }
}
