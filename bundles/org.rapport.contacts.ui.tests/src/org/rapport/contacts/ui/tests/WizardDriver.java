package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.rapport.ui.testing.UiTestSupport;

/**
 * A wizard as File &gt; Import or Export opens it: created from the workbench's wizard registry by id, initialized
 * with the window's selection, in a non-blocking {@link WizardDialog} whose buttons the test presses.
 */
final class WizardDriver implements AutoCloseable {

    final IWorkbenchWizard wizard;
    final WizardDialog dialog;

    private WizardDriver(IWorkbenchWizard wizard) {
        this.wizard = wizard;
        dialog = new WizardDialog(UiTestSupport.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiTestSupport.flushEvents();
    }

    static WizardDriver openImport(String id) throws Exception {
        return open(PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(id), StructuredSelection.EMPTY);
    }

    static WizardDriver openExport(String id) throws Exception {
        IStructuredSelection selection = UiTestSupport.window().getSelectionService()
                .getSelection() instanceof IStructuredSelection s ? s : StructuredSelection.EMPTY;
        return open(PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(id), selection);
    }

    private static WizardDriver open(IWizardDescriptor descriptor, IStructuredSelection selection) throws Exception {
        assertNotNull(descriptor, "the wizard is registered");
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), selection);
        return new WizardDriver(wizard);
    }

    /** Presses a button of the wizard ("Next >", "Finish"), as a click does; fails when it is disabled. */
    void press(String label) {
        for (Button button : UiTestSupport.descendants(dialog.getShell(), Button.class)) {
            if (label.equals(UiTestSupport.userText(button.getText()))) {
                assertTrue(button.isEnabled(), "'" + label + "' is enabled; the page says: "
                        + dialog.getCurrentPage().getErrorMessage());
                button.notifyListeners(SWT.Selection, new Event());
                UiTestSupport.flushEvents();
                return;
            }
        }
        fail("The wizard has no button '" + label + "'");
    }

    /** The texts of a table's rows, column by column. */
    static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Waits for a visible shell with this title (a dialog a job opens), hands it to the check, then closes it. */
    static void withShell(String title, Consumer<Shell> check) {
        Display display = UiTestSupport.display();
        Shell[] found = new Shell[1];
        UiTestSupport.spinUntil(() -> (found[0] = shell(display, title)) != null, () -> "a window '" + title
                + "' shows; there are " + titles(display));
        try {
            check.accept(found[0]);
        } finally {
            found[0].close();
            UiTestSupport.flushEvents();
        }
    }

    /** The text of every label in a shell, one per line. */
    static String labels(Shell shell) {
        StringBuilder text = new StringBuilder();
        for (Label label : UiTestSupport.descendants(shell, Label.class)) {
            text.append(label.getText()).append('\n');
        }
        return text.toString();
    }

    private static Shell shell(Display display, String title) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static List<String> titles(Display display) {
        List<String> titles = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                titles.add(shell.getText());
            }
        }
        return titles;
    }

    @Override
    public void close() {
        if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
    }
}
