package org.rapport.pipeline.ui.internal.activities;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.rapport.pipeline.activities.ReminderService;
import org.rapport.pipeline.ui.PipelineUi;
import org.rapport.ui.NotificationPlacement;

/**
 * A small notification in the bottom right corner of the workbench window, without taking the focus: the activity's
 * subject and time, Snooze (10 minutes) and Open My Day. It closes itself after a
 * minute (the reminder is in My Day anyway).
 */
public final class ReminderPopup {

    /** The title of the notification's shell, for tests. */
    public static final String TITLE = "Reminder";
    static final Duration SNOOZE = Duration.ofMinutes(10);
    static final int CLOSE_AFTER_MS = 60_000;

    private ReminderPopup() {
    }

    /** Shows a reminder; on the UI thread. */
    public static Shell show(Display display, long activityId, String subject, String due, ReminderService reminders) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell parent = window == null ? null : window.getShell();
        Shell shell = parent == null ? new Shell(display, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS | SWT.BORDER)
                : new Shell(parent, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS | SWT.BORDER);
        shell.setText(TITLE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(shell);
        Label heading = new Label(shell, SWT.NONE);
        heading.setText("Reminder" + (due.isEmpty() ? "" : " \u2013 " + due));
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
        Label text = new Label(shell, SWT.WRAP);
        text.setText(subject);
        GridDataFactory.fillDefaults().span(2, 1).hint(260, SWT.DEFAULT).applyTo(text);
        Button snooze = new Button(shell, SWT.PUSH);
        snooze.setText("Snooze 10 min");
        snooze.addListener(SWT.Selection, e -> {
            Job.create("Snoozing reminder", m -> {
                reminders.snooze(activityId, Instant.now().plus(SNOOZE));
                return Status.OK_STATUS;
            }).schedule();
            shell.close();
        });
        Button open = new Button(shell, SWT.PUSH);
        open.setText("Open My Day");
        open.addListener(SWT.Selection, e -> {
            if (window != null) {
                try {
                    window.getActivePage().showView(PipelineUi.MY_DAY_VIEW_ID);
                } catch (PartInitException ex) {
                    // the view could not open: the reminder was seen anyway
                }
            }
            shell.close();
        });
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
}
