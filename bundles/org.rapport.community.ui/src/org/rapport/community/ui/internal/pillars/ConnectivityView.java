package org.rapport.community.ui.internal.pillars;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The most connected members. */
public class ConnectivityView {

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.WRAP).setText("The most connected members.");
    }
}
