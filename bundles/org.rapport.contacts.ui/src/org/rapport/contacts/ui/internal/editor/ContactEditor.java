package org.rapport.contacts.ui.internal.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactTopics;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.ui.SimpleSelectionProvider;
import org.rapport.core.PersonRef;

/**
 * The contact editor: a form over one person (see {@link ContactFormPage}), read and saved in jobs. Every change of a
 * field is an undoable operation in the workbench's history under this editor's undo context (Edit &gt; Undo/Redo,
 * Ctrl+Z/Ctrl+Y); the editor is dirty while the person differs from what was read or saved. Values the service finds
 * invalid are marked at their fields while typing, and a save is refused while any is. A save that finds the person
 * changed by someone else is reported with the choice to reload; nothing is overwritten. While the editor has no
 * unsaved changes, a change saved elsewhere is shown at once.
 */
public class ContactEditor extends FormEditor {

    /** Validation runs this long after the last keystroke. */
    static final int VALIDATE_DELAY_MS = 250;

    private ContactService contacts;
    private WorkingCopy copy;
    private LoadedContact loaded;
    private ContactFormPage page;
    private UndoActionHandler undo;
    private RedoActionHandler redo;
    private IEventBroker broker;
    private final EventHandler changedElsewhere = this::changedElsewhere;
    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();
    private final Runnable validateSoon = this::validate;
    private int validation;
    private boolean saving;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ContactEditorInput)) {
            throw new PartInitException("The contact editor opens contacts, not " + input.getName());
        }
        super.init(site, input);
        contacts = site.getService(ContactService.class);
        if (contacts == null) {
            throw new PartInitException("The contact database is not available; see the log and Window > Preferences"
                    + " > Rapport > Database.");
        }
        copy = new WorkingCopy(PlatformUI.getWorkbench().getOperationSupport().getOperationHistory(),
                "Contact " + input.getName());
        copy.addListener(this::workingCopyChanged);
        undo = new UndoActionHandler(site, copy.undoContext());
        redo = new RedoActionHandler(site, copy.undoContext());
        site.setSelectionProvider(selection);
        showName(input.getName());
        broker = site.getService(IEventBroker.class);
        if (broker != null) {
            broker.subscribe(ContactTopics.CHANGED, null, changedElsewhere, true);
        }
        read(false);
    }

    @Override
    protected void addPages() {
        page = new ContactFormPage(this);
        try {
            addPage(page);
        } catch (PartInitException e) {
            throw new IllegalStateException("the contact form could not be made", e);
        }
        if (getPageCount() == 1 && getContainer() instanceof CTabFolder tabs) {
            tabs.setTabHeight(0); // one page: a lone tab at the bottom would only take room
            tabs.layout();
        }
    }

    ContactEditorInput contactInput() {
        return (ContactEditorInput) getEditorInput();
    }

    /** Reads the person, the custom fields and the organizations in a job, then shows them. */
    private void read(boolean discardEdits) {
        ContactEditorInput input = contactInput();
        Display display = getSite().getShell().getDisplay();
        Job job = Job.create("Reading " + input.getName(), monitor -> {
            LoadedContact read;
            try {
                Person person = input.isNew() ? new Person() : contacts.person(input.personId()).orElse(null);
                read = new LoadedContact(person, contacts.customFields(),
                        contacts.organizations("", OrganizationChoices.LIMIT));
            } catch (RuntimeException e) {
                display.asyncExec(() -> unreadable(e));
                return Status.warning("The contact " + input.getName() + " could not be read", e);
            }
            display.asyncExec(() -> show(read, discardEdits));
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private void show(LoadedContact read, boolean discardEdits) {
        if (copy == null || (isDirty() && !discardEdits)) {
            return; // closed meanwhile, or the user started editing: the save will tell about any conflict
        }
        if (read.person() == null) {
            gone();
            return;
        }
        loaded = read;
        copy.replace(read.person());
        if (page != null) {
            page.show(read); // or, if its form is not made yet, the form shows what was loaded when it is
            formError(null);
        }
        validate();
    }

    /** The person was deleted (here or elsewhere): an editor without changes closes, else it says so. */
    private void gone() {
        if (!isDirty()) {
            getSite().getPage().closeEditor(this, false);
        } else {
            formError("This person was deleted, or merged into another contact, elsewhere: your changes cannot be"
                    + " saved. Copy what you need, then close this editor.");
        }
    }

    private void unreadable(RuntimeException e) {
        if (page != null) {
            page.showUnavailable("Could not read this contact: " + e.getMessage());
        }
    }

    private void workingCopyChanged(WorkingCopy.Change change) {
        if (change == WorkingCopy.Change.HISTORY) {
            firePropertyChange(PROP_DIRTY);
            return;
        }
        if (page != null && change == WorkingCopy.Change.EDITED) {
            page.showTitle();
        } else if (page != null) {
            page.refresh();
        }
        Person person = copy.person();
        showName(person.displayName());
        if (change != WorkingCopy.Change.EDITED) {
            // the Timeline follows the person shown; not on every keystroke, which would re-read the history each time
            selection.setSelection(person.getId() == 0 ? StructuredSelection.EMPTY
                    : new StructuredSelection(new PersonRef(person.getId(), person.displayName())));
        }
        firePropertyChange(PROP_DIRTY);
        Display display = getSite().getShell().getDisplay();
        display.timerExec(-1, validateSoon);
        display.timerExec(VALIDATE_DELAY_MS, validateSoon);
    }

    private void showName(String name) {
        setPartName(name == null || name.isBlank() ? (contactInput().isNew() ? "New contact" : "(no name)") : name);
        setTitleToolTip(contactInput().getToolTipText());
    }

    /** Asks the service what is wrong with the person as edited, in a job; shows it at the fields. */
    private void validate() {
        if (copy == null || loaded == null) {
            return;
        }
        int current = ++validation;
        Person snapshot = copy.person().copy();
        Display display = getSite().getShell().getDisplay();
        Job job = Job.create("Checking " + getPartName(), monitor -> {
            var problems = contacts.validate(snapshot);
            display.asyncExec(() -> {
                FieldMessages messages = page == null ? null : page.messages();
                if (current == validation && messages != null) {
                    messages.problems(problems);
                    if (!messages.hasErrors()) {
                        messages.formError(null);
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (loaded == null || saving) {
            cancel(monitor);
            return;
        }
        copy.endTyping();
        FieldMessages messages = page.messages();
        Person toSave = copy.person().copy();
        ContactSaving.Outcome outcome = saveInJob(toSave);
        switch (outcome) {
            case ContactSaving.Saved saved -> saved(saved.person());
            case ContactSaving.Invalid invalid -> {
                validation++; // a check still running must not clear what the save found
                messages.problems(invalid.problems());
                messages.formError("Not saved: correct the " + (invalid.problems().size() == 1 ? "value"
                        : invalid.problems().size() + " values") + " marked below, then save again.");
                cancel(monitor);
            }
            case ContactSaving.Conflict conflict -> {
                cancel(monitor);
                askReload(conflict.error().getMessage());
            }
            case ContactSaving.Failed failed -> {
                cancel(monitor);
                MessageDialog.openError(getSite().getShell(), "Save Contact",
                        "'" + getPartName() + "' could not be saved: " + failed.error().getMessage()
                                + "\n\nYour changes are still in the editor.");
            }
        }
    }

    /**
     * Runs the save as a job and waits for it with the event loop running (busy cursor, then a progress dialog), so
     * File &gt; Save and a save before closing both finish before the workbench goes on.
     */
    private ContactSaving.Outcome saveInJob(Person toSave) {
        ContactSaving.Outcome[] outcome = new ContactSaving.Outcome[1];
        Job job = Job.create("Saving " + getPartName(), monitor -> {
            outcome[0] = ContactSaving.save(contacts, toSave);
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        saving = true;
        page.setBusy(true);
        try {
            job.schedule();
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(m -> job.join());
        } catch (InvocationTargetException | InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ContactSaving.Failed(new IllegalStateException("the save was interrupted", e));
        } finally {
            saving = false;
            page.setBusy(false);
        }
        return outcome[0] == null ? new ContactSaving.Failed(new IllegalStateException("the save did not finish"))
                : outcome[0];
    }

    private void saved(Person saved) {
        if (contactInput().isNew()) {
            setInputWithNotify(ContactEditorInput.saved(saved.getId(), saved.displayName()));
        }
        loaded = loaded.with(saved);
        copy.saved(saved);
        formError(null);
    }

    private void askReload(String why) {
        MessageDialog dialog = new MessageDialog(getSite().getShell(), "Contact Changed Elsewhere", null,
                why + "\n\nReload shows the other changes and discards yours. Keep My Edits leaves them in the editor,"
                        + " for you to copy what you need before reloading.",
                MessageDialog.WARNING, 0, "&Reload", "&Keep My Edits");
        if (dialog.open() == 0) {
            read(true);
        } else {
            formError("Not saved: someone else changed this person. Reload to see their changes.");
        }
    }

    private void formError(String message) {
        if (page != null && page.messages() != null) {
            page.messages().formError(message);
        }
    }

    /** The form's Reload button: asks first when there are unsaved changes. */
    void reloadAsked() {
        if (!isDirty() || MessageDialog.openQuestion(getSite().getShell(), "Reload Contact",
                "Discard your changes to '" + getPartName() + "' and read it again from the database?")) {
            read(true);
        }
    }

    /**
     * Another change of this person (an edit elsewhere, a merge, an unmerge): a clean editor shows it, or closes when
     * the person is gone; an editor with unsaved changes keeps them and says so in its heading (its save would be
     * refused as a conflict, never overwrite the other change).
     */
    private void changedElsewhere(Event event) {
        if (loaded == null || saving || contactInput().isNew()) {
            return; // nothing shown yet, or our own save
        }
        long id = contactInput().personId();
        Object ids = event.getProperty(ContactTopics.IDS);
        if (ids instanceof long[] changed && !contains(changed, id)) {
            return;
        }
        int version = copy.person().getVersion();
        Display display = getSite().getShell().getDisplay();
        Job job = Job.create("Reading " + getPartName(), monitor -> {
            Optional<Person> now = contacts.person(id);
            display.asyncExec(() -> {
                if (copy == null || saving) {
                    return;
                }
                if (now.isEmpty()) {
                    gone();
                } else if (now.get().getVersion() != version && isDirty()) {
                    formError("This person was changed elsewhere (edited, merged or unmerged) since you"
                            + " opened it: saving will ask whether to reload; your changes stay until then.");
                } else if (now.get().getVersion() != version) {
                    show(loaded.with(now.get()), false);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static boolean contains(long[] ids, long id) {
        for (long each : ids) {
            if (each == id) {
                return true;
            }
        }
        return false;
    }

    private static void cancel(IProgressMonitor monitor) {
        if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isDirty() {
        return copy != null && copy.isDirty();
    }

    @Override
    public void doSaveAs() {
        // a person has one record: no Save As
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (broker != null) {
            broker.unsubscribe(changedElsewhere);
        }
        if (undo != null) {
            undo.dispose();
            redo.dispose();
        }
        if (copy != null) {
            copy.dispose();
            copy = null;
        }
        super.dispose();
    }

    /** Edit &gt; Undo for this editor (set by the contributor while it is active). */
    public UndoActionHandler undoAction() {
        return undo;
    }

    /** Edit &gt; Redo for this editor. */
    public RedoActionHandler redoAction() {
        return redo;
    }

    WorkingCopy workingCopy() {
        return copy;
    }

    LoadedContact loaded() {
        return loaded;
    }

    ContactFormPage formPage() {
        return page;
    }

    /** Whether the person has been read and the form shows it, for tests. */
    public boolean isShowingPerson() {
        return loaded != null && page != null && page.isShowing();
    }

    /** The person as edited (a copy), for tests. */
    public Person editedPerson() {
        return copy.person().copy();
    }

    /** The messages shown at the control of a field (e.g. {@code emails[1]}), for tests. */
    public List<String> messagesAt(String field) {
        var control = page.messages().controlOf(field);
        return control == null ? List.of() : page.messages().at(control);
    }

    /** The control that edits a field (e.g. {@code firstName}, {@code emails[0]}), or {@code null}; for tests. */
    public Control fieldControl(String field) {
        return page.messages() == null ? null : page.messages().controlOf(field);
    }

    /** The message in the form's heading, for tests. */
    public String headingMessage() {
        return page.form().getMessage();
    }
}
