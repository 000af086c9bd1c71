package org.rapport.contacts.ui.internal.duplicates;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.rapport.contacts.duplicates.DuplicateService;
import org.rapport.contacts.duplicates.MergeRequest;
import org.rapport.contacts.duplicates.MergeSummary;

/**
 * A merge done in the Duplicates view, in the workbench's operation history, so Edit &gt; Undo (while the view is
 * active) unmerges it and Edit &gt; Redo merges the two again with the same choices. The merge itself has already run
 * in a job when the operation is added; undo and redo run in a job too, the UI waiting with a busy cursor as for a save.
 */
final class MergeOperation extends AbstractOperation {

    private final DuplicateService duplicates;
    private final MergeRequest request;
    private final Runnable afterChange;
    private MergeSummary merge;

    MergeOperation(DuplicateService duplicates, MergeRequest request, MergeSummary merge, IUndoContext context,
            Runnable afterChange) {
        super("Merge " + merge.mergedName() + " into " + merge.survivorName());
        this.duplicates = duplicates;
        this.request = request;
        this.merge = merge;
        this.afterChange = afterChange;
        addContext(context);
    }

    /** The merge this operation undoes now. */
    MergeSummary merge() {
        return merge;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return redo(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        long id = merge.id();
        return inJob("Undoing the merge of " + merge.mergedName(), service -> {
            service.unmerge(id);
            return null;
        });
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return inJob("Merging " + merge.mergedName() + " into " + merge.survivorName(), service -> {
            merge = service.merge(request);
            return null;
        });
    }

    private IStatus inJob(String name, Function<DuplicateService, Void> work) {
        IStatus[] result = { Status.CANCEL_STATUS };
        Job job = Job.create(name, monitor -> {
            try {
                work.apply(duplicates);
                result[0] = Status.OK_STATUS;
            } catch (RuntimeException e) {
                result[0] = Status.error(e.getMessage(), e);
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(m -> job.join());
        } catch (InvocationTargetException | InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.error("Interrupted: " + name, e);
        }
        afterChange.run();
        if (result[0].getSeverity() == IStatus.ERROR) {
            // said here, in the words of the service; a cancel leaves the history as it was without a second dialog
            MessageDialog.openError(PlatformUI.getWorkbench().getDisplay().getActiveShell(), getLabel(),
                    result[0].getMessage());
            return Status.CANCEL_STATUS;
        }
        return result[0];
    }
}
