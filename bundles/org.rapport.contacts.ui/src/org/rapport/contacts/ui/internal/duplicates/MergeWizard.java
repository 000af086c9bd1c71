package org.rapport.contacts.ui.internal.duplicates;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.wizard.Wizard;
import org.rapport.contacts.duplicates.MergeRequest;

/** The merge dialog: one page of choices; Finish hands the request to the view, which merges in a job. */
final class MergeWizard extends Wizard {

    private final MergePage page;
    private final Consumer<MergeRequest> merge;

    MergeWizard(MergeChoices choices, List<String> unsavedEditors, Consumer<MergeRequest> merge) {
        this.page = new MergePage(choices, unsavedEditors);
        this.merge = merge;
        setWindowTitle("Merge Contacts");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        merge.accept(page.choices().request());
        return true;
    }

    MergePage page() {
        return page;
    }
}
