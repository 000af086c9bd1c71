package org.rapport.pipeline.ui.internal.handlers;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.core.PersonRef;
import org.rapport.pipeline.activities.CalendarExchange;
import org.rapport.pipeline.activities.CalendarImportResult;
import org.rapport.ui.jobs.UiJobs;

/**
 * Reads meetings (VEVENT) and tasks (VTODO) from an iCalendar file into the rep's activities, in a job, for the
 * selected person if one is selected; a component exported before updates its activity. Reports what was created,
 * updated and skipped, with the reasons.
 */
public class ImportCalendarHandler extends AbstractHandler {

    /** At most this many problem lines are shown; the rest are counted. */
    static final int PROBLEMS_SHOWN = 10;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        CalendarExchange exchange = Selections.service(window, CalendarExchange.class);
        if (exchange == null) {
            MessageDialog.openError(shell, "Import Calendar", "The pipeline database is not available; see the log.");
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Import Calendar");
        dialog.setFilterExtensions(new String[] { "*.ics", "*.*" });
        dialog.setFilterNames(new String[] { "iCalendar files (*.ics)", "All files" });
        String file = dialog.open();
        if (file != null) {
            importFile(shell, exchange, Path.of(file), Selections.person(HandlerUtil.getCurrentSelection(event)));
        }
        return null;
    }

    /** Imports in a job and reports the result. */
    public static Job importFile(Shell shell, CalendarExchange exchange, Path file, PersonRef person) {
        String me = Selections.userName();
        Job job = Job.create("Importing calendar " + file.getFileName(), monitor -> {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CalendarImportResult result = exchange.importCalendar(in, file.getFileName().toString(),
                        me, person);
                UiJobs.later(shell, () -> report(shell, file, result));
            } catch (Exception e) {
                UiJobs.later(shell, () -> MessageDialog.openError(shell, "Import Calendar",
                        "Could not import " + file + ": " + UiJobs.message(e)));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void report(Shell shell, Path file, CalendarImportResult result) {
        StringBuilder text = new StringBuilder();
        text.append(file.getFileName()).append(": ").append(result.created()).append(" created, ")
                .append(result.updated()).append(" updated, ").append(result.skipped()).append(" skipped.");
        result.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> text.append("\n\u2022 ").append(p));
        if (result.problems().size() > PROBLEMS_SHOWN) {
            text.append("\n\u2026 and ").append(result.problems().size() - PROBLEMS_SHOWN).append(" more");
        }
        if (result.skipped() > 0) {
            MessageDialog.openWarning(shell, "Import Calendar", text.toString());
        } else {
            MessageDialog.openInformation(shell, "Import Calendar", text.toString());
        }
    }
}
