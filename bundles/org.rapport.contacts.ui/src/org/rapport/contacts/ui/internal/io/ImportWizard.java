package org.rapport.contacts.ui.internal.io;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.osgi.framework.FrameworkUtil;
import org.rapport.contacts.io.ContactImporter;

/**
 * File &gt; Import &gt; Rapport &gt; Contacts from CSV or vCard: the file and how to read it, the column mapping (CSV
 * only), a preview of what will be created, updated and rejected; Finish imports in a {@link ContactImportJob}.
 */
public class ImportWizard extends Wizard implements IImportWizard {

    private ContactImporter importer;
    private ImportChoices choices;
    private ImportFilePage filePage;
    private ColumnMappingPage mappingPage;
    private ImportPreviewPage previewPage;

    public ImportWizard() {
        setWindowTitle("Import Contacts");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        importer = workbench.getService(ContactImporter.class);
        Path reports = Platform.getStateLocation(FrameworkUtil.getBundle(getClass())).toPath().resolve("import-reports");
        choices = new ImportChoices(reports);
    }

    @Override
    public void addPages() {
        if (importer == null) {
            addPage(new UnavailablePage("The contacts importer is not available: the contact database did not start."
                    + " See Window > Preferences > Rapport > Database and the error log."));
            return;
        }
        filePage = new ImportFilePage(importer, choices);
        mappingPage = new ColumnMappingPage(importer, choices);
        previewPage = new ImportPreviewPage(importer, choices);
        addPage(filePage);
        addPage(mappingPage);
        addPage(previewPage);
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == filePage) {
            return choices.isCsv() ? mappingPage : previewPage;
        }
        return page == mappingPage ? previewPage : null;
    }

    @Override
    public IWizardPage getPreviousPage(IWizardPage page) {
        if (page == previewPage) {
            return choices.isCsv() ? mappingPage : filePage;
        }
        return page == mappingPage ? filePage : null;
    }

    @Override
    public boolean canFinish() {
        return previewPage != null && getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        if (importer == null) {
            return true;
        }
        new ContactImportJob(importer, choices.file, choices.settings()).schedule();
        return true;
    }

    /** The file page, for tests. */
    public ImportFilePage filePage() {
        return filePage;
    }

    /** The column mapping page, for tests. */
    public ColumnMappingPage mappingPage() {
        return mappingPage;
    }

    /** The preview page, for tests. */
    public ImportPreviewPage previewPage() {
        return previewPage;
    }
}
