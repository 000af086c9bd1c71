package org.rapport.contacts.ui.internal.list;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.ui.table.PagedTable;

/**
 * What the user can do with the people selected in the contacts list: open, copy, delete, and create a new person.
 * The same actions serve the context menu and the Edit menu (as the view's global action handlers), so Delete and
 * Ctrl+C work from the keyboard too.
 */
final class ContactListActions {

    /** More than this many editors at once are opened only after asking. */
    static final int EDITORS_WITHOUT_ASKING = 10;
    /** People deleted per transaction: a long delete shows progress and can be cancelled between chunks. */
    static final int DELETE_CHUNK = 500;

    /** The people selected in the list. */
    interface Selection {

        /** The ids of every selected person, in list order. */
        long[] ids();

        /** The selected rows that are loaded, in list order. */
        List<PersonRow> loadedRows();

        Shell shell();
    }

    final Action open;
    final Action newContact;
    final Action copy;
    final Action delete;

    private final ContactService contacts;
    private final Selection selection;
    private final IWorkbenchPage page;

    ContactListActions(ContactService contacts, Selection selection, IWorkbenchPage page) {
        this.contacts = contacts;
        this.selection = selection;
        this.page = page;
        open = action("&Open", "Open the selected people in editors", this::openSelected, null);
        newContact = action("&New Contact", "Create a new person", this::createNew,
                AbstractUIPlugin.imageDescriptorFromPlugin(ContactsUi.PLUGIN_ID, "icons/new_contact.png"));
        newContact.setEnabled(true);
        copy = action("&Copy", "Copy the names and emails of the selected people", this::copySelected,
                shared(ISharedImages.IMG_TOOL_COPY));
        copy.setActionDefinitionId(ActionFactory.COPY.getCommandId());
        delete = action("&Delete", "Delete the selected people", this::deleteSelected,
                shared(ISharedImages.IMG_TOOL_DELETE));
        delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
    }

    /** Enables what the selection allows. */
    void update(int selected, boolean listHasFocus) {
        open.setEnabled(selected > 0);
        copy.setEnabled(selected > 0 && listHasFocus);
        delete.setEnabled(selected > 0 && listHasFocus);
    }

    void openSelected() {
        List<PersonRow> rows = selection.loadedRows();
        if (rows.isEmpty() || page == null) {
            return;
        }
        if (rows.size() > EDITORS_WITHOUT_ASKING && !MessageDialog.openQuestion(selection.shell(), "Open Contacts",
                "Open " + rows.size() + " editors, one for each selected person?")) {
            return;
        }
        try {
            for (PersonRow row : rows) {
                page.openEditor(ContactEditorInput.of(row.toRef()), ContactsUi.EDITOR_ID, rows.size() == 1);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(selection.shell(), "Open Contacts", "The contact editor could not open: " + e.getMessage());
        }
    }

    private void createNew() {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        try {
            handlers.executeCommand(ContactsUi.NEW_CONTACT_COMMAND_ID, null);
        } catch (NotDefinedException e) {
            throw new IllegalStateException("the New Contact command is missing from plugin.xml", e);
        } catch (Exception e) {
            MessageDialog.openError(selection.shell(), "New Contact", "No new contact could be created: " + e.getMessage());
        }
    }

    /**
     * Copies "Ada Lovelace &lt;ada@example.org&gt;" lines, ready to paste into a mail's recipients or a spreadsheet.
     * Rows not loaded yet (a selection reaching far beyond the screen) are read in a job first.
     */
    void copySelected() {
        long[] ids = selection.ids();
        List<PersonRow> loaded = selection.loadedRows();
        if (ids.length == 0) {
            return;
        }
        if (loaded.size() == ids.length) {
            toClipboard(selection.shell(), loaded);
            return;
        }
        Shell shell = selection.shell();
        Job job = Job.create("Copying " + people(ids.length), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, ids.length);
            List<PersonRow> rows = new ArrayList<>(ids.length);
            for (int from = 0; from < ids.length; from += PagedTable.PAGE_SIZE) {
                int to = Math.min(ids.length, from + PagedTable.PAGE_SIZE);
                rows.addAll(contacts.rows(Arrays.copyOfRange(ids, from, to)));
                progress.split(to - from);
            }
            shell.getDisplay().asyncExec(() -> toClipboard(shell, rows));
            return Status.OK_STATUS;
        });
        job.setUser(ids.length > 10_000);
        job.schedule();
    }

    private static void toClipboard(Shell shell, List<PersonRow> rows) {
        if (shell.isDisposed()) {
            return;
        }
        Clipboard clipboard = new Clipboard(shell.getDisplay());
        try {
            clipboard.setContents(new Object[] { ClipboardText.of(rows) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** Asks, naming how many (or who, for one), then deletes in a job; the list refreshes from the change event. */
    void deleteSelected() {
        long[] ids = selection.ids();
        if (ids.length == 0) {
            return;
        }
        List<PersonRow> loaded = selection.loadedRows();
        String who = ids.length == 1 && loaded.size() == 1 ? loaded.get(0).displayName() : people(ids.length);
        MessageDialog confirm = new MessageDialog(selection.shell(), "Delete Contacts", null,
                "Delete " + who + "?\n\nTheir details and history are removed from the database. This cannot be undone.",
                MessageDialog.CONFIRM, 0, "&Delete", "Cancel");
        if (confirm.open() != 0) {
            return;
        }
        Job job = Job.create("Deleting " + people(ids.length), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, ids.length);
            for (int from = 0; from < ids.length; from += DELETE_CHUNK) {
                int to = Math.min(ids.length, from + DELETE_CHUNK);
                List<Long> chunk = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    chunk.add(ids[i]);
                }
                contacts.delete(chunk);
                progress.split(to - from);
            }
            return Status.OK_STATUS;
        });
        job.setUser(ids.length > DELETE_CHUNK);
        job.schedule();
    }

    /** "1 person", "1,234 people". */
    static String people(int count) {
        return count == 1 ? "1 person" : NumberFormat.getIntegerInstance().format(count) + " people";
    }

    private static Action action(String text, String tooltip, Runnable run, ImageDescriptor image) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        action.setImageDescriptor(image);
        action.setEnabled(false);
        return action;
    }

    private static ImageDescriptor shared(String key) {
        return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(key);
    }
}
