package org.rapport.pipeline.ui.internal.board;

import java.util.concurrent.Callable;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.rapport.pipeline.OpportunityService;
import org.rapport.ui.jobs.UiJobs;

/**
 * A card dragged to another column, as an operation of the workbench's history: Edit &gt; Undo puts the deal back
 * (through {@link OpportunityService#undoLastMove}, which also takes the move out of its history), Redo moves it again.
 * Each step shows on the board at once and is written by a background job; the jobs of one move run in order, so an
 * undo right after the drop waits for the move's write. A write that fails (someone else changed the deal) puts the
 * board back as the database has it and leaves the history.
 */
final class StageMoveOperation extends AbstractOperation {

    /** What a move does to the board, on the UI thread. */
    interface Board {

        /** Shows the deal in a column at once. */
        void show(long opportunityId, long stageId);

        /** The write went through: the deal has this version now. */
        void written(long opportunityId, int version);

        /** The write failed: say why and read the board again. */
        void failed(String message);
    }

    private final IOperationHistory history;
    private final OpportunityService service;
    private final Board board;
    private final org.eclipse.swt.widgets.Control control;
    private final long opportunityId;
    private final long fromStageId;
    private final long toStageId;
    private final String lostReason;
    private final ISchedulingRule inOrder = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    /** The deal's version the next write expects: read when the job runs, after the writes before it. */
    private volatile int version;
    private volatile Job lastWrite;

    StageMoveOperation(IOperationHistory history, OpportunityService service, Board board,
            org.eclipse.swt.widgets.Control control, String title, long opportunityId, int version, long fromStageId,
            String fromName, long toStageId, String toName, String lostReason) {
        super("Move '" + title + "' from " + fromName + " to " + toName);
        this.history = history;
        this.service = service;
        this.board = board;
        this.control = control;
        this.opportunityId = opportunityId;
        this.version = version;
        this.fromStageId = fromStageId;
        this.toStageId = toStageId;
        this.lostReason = lostReason;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return move();
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return move();
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        board.show(opportunityId, fromStageId);
        write("Undoing " + getLabel(), () -> service.undoLastMove(opportunityId, version).getVersion());
        return Status.OK_STATUS;
    }

    private IStatus move() {
        board.show(opportunityId, toStageId);
        write(getLabel(), () -> service.moveToStage(opportunityId, version, toStageId, lostReason).opportunity().getVersion());
        return Status.OK_STATUS;
    }

    private void write(String name, Callable<Integer> call) {
        Job job = Job.create(name, monitor -> {
            try {
                int now = call.call();
                version = now;
                UiJobs.later(control, () -> board.written(opportunityId, now));
            } catch (Exception e) {
                UiJobs.later(control, () -> {
                    history.replaceOperation(this, new IUndoableOperation[0]);
                    board.failed(getLabel() + " did not go through: " + UiJobs.message(e));
                });
            }
            return Status.OK_STATUS;
        });
        job.setRule(inOrder);
        job.setPriority(Job.INTERACTIVE);
        lastWrite = job;
        job.schedule();
    }

    /** The write scheduled last, for tests that wait for it. */
    Job lastWrite() {
        return lastWrite;
    }

    long opportunityId() {
        return opportunityId;
    }
}
