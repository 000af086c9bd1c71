package org.rapport.contacts.ui.internal.segments;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.list.SegmentMembersView;

/**
 * What the Segments view offers: New, Edit, Delete, Open as List and Export. Database work runs in jobs; dialogs open
 * once what they need is read.
 */
final class SegmentActions {

    /** Posted on the workbench's event broker after a segment was saved or deleted; property {@link #ID}. */
    static final String CHANGED = SegmentMembersView.SEGMENT_CHANGED_TOPIC;
    static final String ID = SegmentMembersView.SEGMENT_ID;

    final Action newSegment;
    final Action edit;
    final Action delete;
    final Action openAsList;
    final Action export;

    private final SegmentService segments;
    private final ContactService contacts;
    private final ContactExporter exporter;
    private final IWorkbenchPage page;
    private final IEventBroker broker;
    private final Supplier<Segment> selected;
    private final Supplier<Shell> shell;
    private final Consumer<Segment> savedOrDeleted;

    @SuppressWarnings("java:S107")
    SegmentActions(SegmentService segments, ContactService contacts, ContactExporter exporter, IWorkbenchPage page,
            IEventBroker broker, Supplier<Segment> selected, Supplier<Shell> shell, Consumer<Segment> savedOrDeleted) {
        this.segments = segments;
        this.contacts = contacts;
        this.exporter = exporter;
        this.page = page;
        this.broker = broker;
        this.selected = selected;
        this.shell = shell;
        this.savedOrDeleted = savedOrDeleted;
        newSegment = action("&New Segment...", "Define a new segment of your contacts", () -> openDialog(new Segment()),
                AbstractUIPlugin.imageDescriptorFromPlugin(ContactsUi.PLUGIN_ID, "icons/new_segment.png"));
        newSegment.setEnabled(true);
        edit = action("&Edit...", "Change the selected segment's name or criteria", this::editSelected,
                AbstractUIPlugin.imageDescriptorFromPlugin(ContactsUi.PLUGIN_ID, "icons/edit_segment.png"));
        delete = action("&Delete", "Delete the selected segment (its people stay)", this::deleteSelected,
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        openAsList = action("&Open as List", "Show the selected segment's members as a contacts list", this::openSelected,
                AbstractUIPlugin.imageDescriptorFromPlugin(ContactsUi.PLUGIN_ID, "icons/contacts.png"));
        export = action("E&xport...", "Export the selected segment's members to vCard 4.0 or CSV", this::exportSelected,
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
    }

    /** Enables what needs a selected segment. */
    void update(boolean segmentSelected) {
        edit.setEnabled(segmentSelected);
        delete.setEnabled(segmentSelected);
        openAsList.setEnabled(segmentSelected && page != null);
        export.setEnabled(segmentSelected && exporter != null);
    }

    private void editSelected() {
        Segment segment = selected.get();
        if (segment != null) {
            openDialog(segment);
        }
    }

    /** Reads the custom fields (and the segment as saved now), then opens the dialog on the UI thread. */
    void openDialog(Segment segment) {
        Shell parent = shell.get();
        Job.create("Preparing the segment dialog", monitor -> {
            List<CustomFieldDefinition> fields = contacts.customFields();
            Segment current = segment.getId() == 0 ? segment : segments.segment(segment.getId()).orElse(null);
            parent.getDisplay().asyncExec(() -> {
                if (parent.isDisposed()) {
                    return;
                }
                if (current == null) {
                    MessageDialog.openInformation(parent, "Edit Segment", "The segment \u201c" + segment.getName()
                            + "\u201d was deleted meanwhile.");
                    savedOrDeleted.accept(segment);
                    return;
                }
                // modal, but not blocking this call: the view learns of the saved segment when the dialog closes
                SegmentDialog dialog = new SegmentDialog(parent, segments, current, fields);
                dialog.setBlockOnOpen(false);
                dialog.open();
                dialog.getShell().addDisposeListener(e -> {
                    if (dialog.getReturnCode() == Window.OK && dialog.saved() != null) {
                        changed(dialog.saved());
                    }
                });
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void deleteSelected() {
        Segment segment = selected.get();
        if (segment == null || !MessageDialog.openConfirm(shell.get(), "Delete Segment", "Delete the segment \u201c"
                + segment.getName() + "\u201d?\n\nOnly the segment is deleted; its members stay in your contacts.")) {
            return;
        }
        Shell parent = shell.get();
        Job.create("Deleting segment " + segment.getName(), monitor -> {
            segments.delete(segment.getId());
            parent.getDisplay().asyncExec(() -> changed(segment));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void changed(Segment segment) {
        savedOrDeleted.accept(segment);
        if (broker != null) {
            broker.post(CHANGED, Map.of(ID, segment.getId()));
        }
    }

    void openSelected() {
        Segment segment = selected.get();
        if (segment == null || page == null) {
            return;
        }
        try {
            SegmentMembersView.open(page, segment);
        } catch (PartInitException e) {
            MessageDialog.openError(shell.get(), "Open as List", "The members list could not open: " + e.getMessage());
        }
    }

    private void exportSelected() {
        Segment segment = selected.get();
        if (segment != null && exporter != null) {
            new SegmentExport(segments, exporter, shell.get()).run(segment);
        }
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
}
