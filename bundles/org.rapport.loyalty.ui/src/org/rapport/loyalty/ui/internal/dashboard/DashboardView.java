package org.rapport.loyalty.ui.internal.dashboard;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.ui.charts.BarChart;

/** Points issued, redeemed and expired per month, and the liability of the outstanding points. */
public class DashboardView {

    private Label status;
    private BarChart chart;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(parent);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        chart = new BarChart(parent, false);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart.getControl());
        status.setText("The loyalty statistics are not available yet.");
    }
}
