package org.rapport.contacts.ui.internal.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.duplicates.DuplicatePair;
import org.rapport.contacts.duplicates.DuplicateService;
import org.rapport.contacts.duplicates.MergeRequest;
import org.rapport.contacts.duplicates.MergeSummary;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.ui.ContactEditorInput;

/**
 * Merging a pair (read both people in a job, the merge dialog, the merge in a job) and undoing a merge (asked, then in
 * a job). What the view shows afterwards is up to it: it is told through {@link Outcome}.
 */
final class MergeActions {

    /** What happened, for the view; called on the UI thread. */
    interface Outcome {
        void merged(DuplicatePair pair, MergeSummary merge);

        /** One of the pair's people no longer exists (deleted or merged elsewhere). */
        void gone(DuplicatePair pair, String why);

        void unmerged(MergeSummary merge, List<Person> restored);

        /** A merge was undone or redone through Edit &gt; Undo/Redo. */
        void historyChanged();

        /** Something failed; the user has been told. */
        void failed(String what);
    }

    private final DuplicateService duplicates;
    private final ContactService contacts;
    private final IWorkbenchPage page;
    private final Shell shell;
    private final Outcome outcome;
    private final IOperationHistory history;
    private final IUndoContext undoContext;
    /** The dialog open now, for tests. */
    private WizardDialog dialog;

    MergeActions(DuplicateService duplicates, ContactService contacts, IWorkbenchPage page, Shell shell, Outcome outcome,
            IOperationHistory history, IUndoContext undoContext) {
        this.duplicates = duplicates;
        this.contacts = contacts;
        this.page = page;
        this.shell = shell;
        this.outcome = outcome;
        this.history = history;
        this.undoContext = undoContext;
    }

    /** Reads the two people, then opens the merge dialog; Finish merges in a job. */
    void merge(DuplicatePair pair) {
        Job read = Job.create("Reading " + pair.first().displayName() + " and " + pair.second().displayName(), monitor -> {
            Optional<Person> first = contacts.person(pair.first().id());
            Optional<Person> second = contacts.person(pair.second().id());
            Map<String, String> labels = contacts.customFields().stream()
                    .collect(Collectors.toMap(CustomFieldDefinition::getKey, CustomFieldDefinition::getLabel, (a, b) -> a));
            ui(() -> {
                if (first.isEmpty() || second.isEmpty()) {
                    outcome.gone(pair, (first.isEmpty() ? pair.first() : pair.second()).displayName()
                            + " no longer exists (deleted or merged meanwhile).");
                } else {
                    openDialog(pair, new MergeChoices(first.get(), second.get(), new MergeValues(labels)));
                }
            });
            return Status.OK_STATUS;
        });
        read.setPriority(Job.INTERACTIVE);
        read.schedule();
    }

    private void openDialog(DuplicatePair pair, MergeChoices choices) {
        MergeWizard wizard = new MergeWizard(choices, unsavedEditors(pair), request -> runMerge(pair, request));
        WizardDialog opened = new WizardDialog(shell, wizard);
        opened.setPageSize(760, 480);
        opened.setBlockOnOpen(false); // modal all the same; the view's event loop goes on (and tests can drive it)
        opened.open();
        dialog = opened;
        opened.getShell().addDisposeListener(e -> {
            if (dialog == opened) {
                dialog = null;
            }
        });
    }

    /** The names of the pair's people open in editors with unsaved changes. */
    private List<String> unsavedEditors(DuplicatePair pair) {
        List<String> names = new ArrayList<>();
        if (page != null) {
            for (IEditorPart editor : page.getDirtyEditors()) {
                if (editor.getEditorInput() instanceof ContactEditorInput input && !input.isNew()
                        && (input.personId() == pair.first().id() || input.personId() == pair.second().id())) {
                    names.add(editor.getTitle());
                }
            }
        }
        return names;
    }

    private void runMerge(DuplicatePair pair, MergeRequest request) {
        Job job = Job.create("Merging " + pair.first().displayName() + " and " + pair.second().displayName(), monitor -> {
            try {
                MergeSummary merge = duplicates.merge(request);
                ui(() -> {
                    history.add(new MergeOperation(duplicates, request, merge, undoContext, outcome::historyChanged));
                    outcome.merged(pair, merge);
                });
            } catch (ContactValidationException e) {
                ui(() -> failed("Merge Contacts", "The merged person would not be valid, so nothing was merged:\n\n"
                        + e.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("\n"))));
            } catch (IllegalArgumentException e) {
                ui(() -> outcome.gone(pair, e.getMessage()));
            } catch (RuntimeException e) {
                ui(() -> failed("Merge Contacts", "The merge failed; nothing was changed: " + e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    /** Asks, then undoes the merge in a job. */
    void unmerge(MergeSummary merge) {
        if (!MessageDialog.openQuestion(shell, "Undo Merge", "Undo the merge of " + merge.describe() + "?\n\n"
                + "Both people come back with their values, lists and history as they were before the merge.")) {
            return;
        }
        Job job = Job.create("Undoing the merge of " + merge.mergedName(), monitor -> {
            try {
                List<Person> restored = duplicates.unmerge(merge.id());
                ui(() -> outcome.unmerged(merge, restored));
            } catch (ConcurrentEditException e) {
                ui(() -> failed("Undo Merge", merge.survivorName() + " was edited after the merge, so undoing it would"
                        + " lose those edits; nothing was changed.\n\n" + e.getMessage()));
            } catch (RuntimeException e) {
                ui(() -> failed("Undo Merge", "The merge could not be undone; nothing was changed: " + e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private void failed(String title, String message) {
        MessageDialog.openError(shell, title, message);
        outcome.failed(message);
    }

    private void ui(Runnable runnable) {
        if (!shell.isDisposed()) {
            shell.getDisplay().asyncExec(runnable);
        }
    }

    /** The merge dialog while it is open, else {@code null}; for tests. */
    WizardDialog dialog() {
        return dialog;
    }
}
