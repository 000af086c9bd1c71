package org.rapport.community.ui.internal.member;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The picked member. */
public class MemberView {

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.WRAP).setText("The picked member.");
    }
}
