package org.rapport.pipeline.ui.internal.handlers;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityService;
import org.rapport.pipeline.activities.CalendarExchange;
import org.rapport.pipeline.activities.MyDay;
import org.rapport.ui.jobs.UiJobs;

/**
 * Writes the rep's open meetings and tasks (overdue, and due in the next {@value #DAYS} days) to an iCalendar file, in
 * a job; calendar programs import it, and importing it back updates the same activities. The file is written beside
 * its target and moved into place, so a failure never leaves half a calendar.
 */
public class ExportCalendarHandler extends AbstractHandler {

    static final int DAYS = 60;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        ActivityService activities = Selections.service(window, ActivityService.class);
        CalendarExchange exchange = Selections.service(window, CalendarExchange.class);
        if (activities == null || exchange == null) {
            MessageDialog.openError(shell, "Export Calendar", "The pipeline database is not available; see the log.");
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Calendar");
        dialog.setFilterExtensions(new String[] { "*.ics", "*.*" });
        dialog.setFilterNames(new String[] { "iCalendar files (*.ics)", "All files" });
        dialog.setFileName("rapport-" + LocalDate.now() + ".ics");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            export(shell, activities, exchange, Path.of(file));
        }
        return null;
    }

    /** Exports in a job and reports how many meetings and tasks were written. */
    public static Job export(Shell shell, ActivityService activities, CalendarExchange exchange, Path file) {
        String me = Selections.userName();
        Job job = Job.create("Exporting calendar to " + file.getFileName(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, DAYS + 2);
            ZoneId zone = ZoneId.systemDefault();
            Set<Long> ids = new LinkedHashSet<>();
            LocalDate today = LocalDate.now(zone);
            for (int d = 0; d < DAYS; d++) {
                MyDay day = activities.myDay(me, today.plusDays(d), zone);
                if (d == 0) {
                    day.overdue().forEach(a -> ids.add(a.getId()));
                }
                day.dueToday().stream().map(Activity::getId).forEach(ids::add);
                progress.worked(1);
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
            }
            int written;
            try {
                Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".rapport-export", ".ics");
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    written = exchange.export(ids, out);
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (Exception e) {
                UiJobs.later(shell, () -> MessageDialog.openError(shell, "Export Calendar",
                        "Could not write " + file + ": " + UiJobs.message(e)));
                return Status.OK_STATUS;
            }
            int count = written;
            UiJobs.later(shell, () -> MessageDialog.openInformation(shell, "Export Calendar", count
                    + " meetings and tasks (overdue and the next " + DAYS + " days) written to " + file + "."));
            return (IStatus) Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
