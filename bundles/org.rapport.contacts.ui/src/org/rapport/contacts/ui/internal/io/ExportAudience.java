package org.rapport.contacts.ui.internal.io;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.io.ContactSelection;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentQuery;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.list.ContactsView;
import org.rapport.core.PersonRef;

/** Whom an export writes: everyone, the people selected in the contacts list, or a saved segment's members. */
sealed interface ExportAudience {

    /** The people to export; may read the database (a segment's members), so call it from the export job. */
    ContactSelection selection(SegmentService segments);

    /** Everyone, by name. */
    record Everyone() implements ExportAudience {
        @Override
        public ContactSelection selection(SegmentService segments) {
            return ContactSelection.query(ContactQuery.ALL);
        }
    }

    /** People by id, in list order. */
    record Selected(long[] ids) implements ExportAudience {
        @Override
        public ContactSelection selection(SegmentService segments) {
            return ContactSelection.ids(ids);
        }
    }

    /** The members of a segment as they are when the export runs, by name. */
    record Members(Segment segment) implements ExportAudience {
        @Override
        public ContactSelection selection(SegmentService segments) {
            return ContactSelection.ids(segments.ids(SegmentQuery.of(segment.getCriteria())));
        }
    }

    /**
     * The people selected when the wizard was opened: the contacts list's whole selection when the list is open
     * (rows not loaded yet included), else whatever in the workbench selection adapts to {@link PersonRef}.
     */
    static long[] selectedIds(IWorkbench workbench, IStructuredSelection selection) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window != null) {
            EPartService parts = window.getService(EPartService.class);
            MPart list = parts == null ? null : parts.findPart(ContactsUi.LIST_VIEW_ID);
            if (list != null && list.getObject() instanceof ContactsView view) {
                long[] ids = view.selectedIds();
                if (ids.length > 0) {
                    return ids;
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        if (selection != null) {
            for (Object element : selection) {
                PersonRef person = Adapters.adapt(element, PersonRef.class);
                if (person != null) {
                    ids.add(person.id());
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
