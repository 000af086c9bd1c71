package org.rapport.contacts.ui.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.ColumnLayoutData;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The contact form: sections Identity, Segmentation, Contact points, Social footprint, Organizations, Custom fields
 * and Notes, in two columns where they fit. It is made once the person has been read (until then it says so), and
 * made again when another person is put in (a reload); undo and redo only refresh the controls.
 */
final class ContactFormPage extends FormPage {

    static final String ID = "org.rapport.contacts.ui.editor.contact.page";
    /** The width a section of many fields per row asks for, so two columns are used only when it fits. */
    private static final int WIDE_SECTION = 520;

    private final ContactEditor editor;
    private ScrolledForm form;
    private Binder binder;
    private FieldMessages messages;

    ContactFormPage(ContactEditor editor) {
        super(editor, ID, "Contact");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        form.setImage(editor.getTitleImage());
        messages = new FieldMessages(managedForm.getMessageManager());
        Action reload = new Action("Reload", PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED)) {
            @Override
            public void run() {
                editor.reloadAsked();
            }
        };
        reload.setToolTipText("Read this person again from the database (discarding unsaved changes)");
        form.getToolBarManager().add(reload);
        form.updateToolBar();
        // one column in a narrow editor, two side by side when there is room
        ColumnLayout layout = new ColumnLayout();
        layout.minNumColumns = 1;
        layout.maxNumColumns = 2;
        layout.horizontalSpacing = 16;
        layout.verticalSpacing = 12;
        layout.leftMargin = 8;
        layout.rightMargin = 8;
        form.getBody().setLayout(layout);
        if (editor.loaded() == null) {
            form.setText("Reading the contact\u2026");
            form.setBusy(true);
        } else {
            show(editor.loaded());
        }
    }

    /** Makes the form for a person read from the database. */
    void show(LoadedContact loaded) {
        if (form == null || form.isDisposed()) {
            return; // made later, in createFormContent
        }
        form.setBusy(false);
        // the decorations go before their controls do
        messages.clearControls();
        messages.update();
        for (Control child : form.getBody().getChildren()) {
            child.dispose();
        }
        binder = new Binder(getManagedForm().getToolkit(), editor.workingCopy(), messages);
        Composite body = form.getBody();
        IdentitySection.create(binder, section(body, "Identity", "Who the person is.", 4, false));
        SegmentationSection.create(binder, section(body, "Segmentation", "How the person is grouped and who looks after them.", 4, false));
        ListSections.contactPoints(binder, section(body, "Contact points", null, 2, true), this::reflow);
        ListSections.socialFootprint(binder, section(body, "Social footprint",
                "Profiles on social networks: network, handle, profile URL, followers, verified.", 2, true), this::reflow);
        ListSections.organizations(binder, section(body, "Organizations",
                "Where the person works or belongs, with the role there; the first is the main one.", 2, false),
                new OrganizationChoices(loaded.organizations()), this::reflow);
        CustomFieldsSection.create(binder, section(body, "Custom fields", null, 2, false), loaded.customFields());
        NotesSection.create(binder, section(body, "Notes", null, 1, true));
        refresh();
        messages.update();
        reflow();
    }

    private Composite section(Composite body, String title, String description, int columns, boolean wide) {
        FormToolkit toolkit = getManagedForm().getToolkit();
        int style = Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED | (description == null ? 0 : Section.DESCRIPTION);
        Section section = toolkit.createSection(body, style);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        section.setLayoutData(wide ? new ColumnLayoutData(WIDE_SECTION) : new ColumnLayoutData());
        section.addExpansionListener(new ExpansionAdapter() {
            @Override
            public void expansionStateChanged(ExpansionEvent e) {
                reflow();
            }
        });
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(columns).spacing(8, 4).margins(2, 2).applyTo(client);
        section.setClient(client);
        toolkit.paintBordersFor(client);
        return client;
    }

    /** Shows the person in every control (after undo, redo, reload or save) and the name in the heading. */
    void refresh() {
        if (binder != null && !form.isDisposed()) {
            binder.refresh();
        }
        showTitle();
    }

    void showTitle() {
        if (form != null && !form.isDisposed() && binder != null) {
            String name = editor.workingCopy().person().displayName();
            form.setText(name.isEmpty() ? "New contact" : name);
        }
    }

    void reflow() {
        if (form != null && !form.isDisposed()) {
            form.reflow(true);
        }
    }

    /** Blocks input while the person is being saved. */
    void setBusy(boolean busy) {
        if (form != null && !form.isDisposed()) {
            form.setBusy(busy);
            form.getBody().setEnabled(!busy);
        }
    }

    /** A message in the heading when the person could not be read at all. */
    void showUnavailable(String message) {
        if (form != null && !form.isDisposed()) {
            form.setBusy(false);
            form.setText("Contact not available");
            form.setMessage(message, IMessageProvider.ERROR);
        }
    }

    FieldMessages messages() {
        return messages;
    }

    ScrolledForm form() {
        return form;
    }

    @Override
    public void setFocus() {
        if (form == null || form.isDisposed()) {
            return;
        }
        for (Control focus = form.getDisplay().getFocusControl(); focus != null; focus = focus.getParent()) {
            if (focus == form) {
                return; // the user is working in the form already: leave the cursor where it is
            }
        }
        Control first = messages == null ? null : messages.controlOf("firstName");
        if (first != null) {
            first.setFocus();
        } else {
            form.setFocus();
        }
    }

    /** Whether the form shows a person (it has been read). */
    boolean isShowing() {
        return binder != null;
    }
}
