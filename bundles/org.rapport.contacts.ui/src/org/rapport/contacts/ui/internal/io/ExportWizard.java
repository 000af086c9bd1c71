package org.rapport.contacts.ui.internal.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentService;

/**
 * File &gt; Export &gt; Rapport &gt; Contacts to vCard or CSV: everyone, the people selected in the contacts list or a
 * saved segment (preselected when the Segments view has one selected), written by a {@link ContactExportJob}.
 */
public class ExportWizard extends Wizard implements IExportWizard {

    private ContactExporter exporter;
    private ContactService contacts;
    private SegmentService segments;
    private long[] selectedIds = new long[0];
    /** The segment selected when the wizard was opened (from the Segments view), or 0. */
    private long selectedSegment;
    private ExportPage page;

    public ExportWizard() {
        setWindowTitle("Export Contacts");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        exporter = workbench.getService(ContactExporter.class);
        contacts = workbench.getService(ContactService.class);
        segments = workbench.getService(SegmentService.class);
        selectedIds = ExportAudience.selectedIds(workbench, selection);
        if (selection != null && selection.getFirstElement() instanceof Segment segment) {
            selectedSegment = segment.getId();
        }
    }

    @Override
    public void addPages() {
        if (exporter == null || contacts == null) {
            addPage(new UnavailablePage("The contacts exporter is not available: the contact database did not start."
                    + " See Window > Preferences > Rapport > Database and the error log."));
            return;
        }
        page = new ExportPage(contacts, segments, selectedIds, selectedSegment);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        if (page == null) {
            return true;
        }
        Path file = page.file();
        if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), "Replace File",
                file + " exists. Replace it?")) {
            return false;
        }
        new ContactExportJob(exporter, segments, page.audience(), page.format(), file).schedule();
        return true;
    }

    /** The page, for tests. */
    public ExportPage page() {
        return page;
    }
}
