package org.rapport.feed.ui.internal.alerts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.ui.FeedUi;
import org.rapport.feed.ui.internal.FeedFormats;
import org.rapport.feed.ui.internal.Views;
import org.rapport.ui.NotificationPlacement;

/**
 * A small notification in the bottom right corner of the workbench window, without taking the focus (the shape of the
 * pipeline's reminder): what the buzz is about and how many negative posts, Show (opens the Social Feed's Alerts view
 * on the alert) and Dismiss. It closes itself after a minute; the alert stays in the Alerts view.
 */
public final class AlertPopup {

    /** The title of the notification's shell, for tests. */
    public static final String TITLE = "Negative buzz";
    static final int CLOSE_AFTER_MS = 60_000;

    private AlertPopup() {
    }

    /** Shows a notification; on the UI thread. */
    public static Shell show(Display display, long alertId, String label, int negative) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell parent = window == null ? null : window.getShell();
        int style = SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS | SWT.BORDER;
        Shell shell = parent == null ? new Shell(display, style) : new Shell(parent, style);
        shell.setText(TITLE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(shell);
        Label heading = new Label(shell, SWT.NONE);
        heading.setText("Negative buzz about " + label);
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        heading.setForeground(FeedFormats.color(SentimentLabel.NEGATIVE));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
        Label text = new Label(shell, SWT.WRAP);
        text.setText(negative + " negative posts in a short time, more than usual.");
        GridDataFactory.fillDefaults().span(2, 1).hint(280, SWT.DEFAULT).applyTo(text);
        Button open = new Button(shell, SWT.PUSH);
        open.setText("Show Alert");
        open.addListener(SWT.Selection, e -> {
            showInAlertsView(window, alertId);
            shell.close();
        });
        Button dismiss = new Button(shell, SWT.PUSH);
        dismiss.setText("Dismiss");
        dismiss.addListener(SWT.Selection, e -> shell.close());
        shell.pack();
        NotificationPlacement.place(shell, parent);
        shell.setVisible(true);
        display.timerExec(CLOSE_AFTER_MS, () -> {
            if (!shell.isDisposed()) {
                shell.close();
            }
        });
        return shell;
    }

    private static void showInAlertsView(IWorkbenchWindow window, long alertId) {
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            AlertsView view = Views.show(page, FeedUi.ALERTS_VIEW_ID, AlertsView.class);
            if (view != null) {
                view.select(alertId);
            }
        } catch (PartInitException e) {
            // the view could not open: the alert was seen in the notification anyway
        }
    }
}
