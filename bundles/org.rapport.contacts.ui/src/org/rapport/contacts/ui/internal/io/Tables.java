package org.rapport.contacts.ui.internal.io;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.io.ImportProblem;
import org.rapport.contacts.io.PlannedContact;

/** The read-only tables of the import wizard and its summary: problems (line, field, reason) and planned people. */
final class Tables {

    private Tables() {
    }

    /** Problems: line, field, value, reason, and whether the row was left out or only the value. */
    static TableViewer problems(Composite parent) {
        TableViewer viewer = viewer(parent);
        column(viewer, "Line", 50, (ImportProblem p) -> Long.toString(p.line()));
        column(viewer, "Field", 120, ImportProblem::field);
        column(viewer, "Value", 110, ImportProblem::value);
        column(viewer, "Reason", 300, ImportProblem::reason);
        column(viewer, "Outcome", 120, (ImportProblem p) -> p.rejected() ? "Row not imported"
                : p.changed() ? "Value changed" : "Value left out");
        return viewer;
    }

    /** What happens to the first rows: line, action, name, email, and why an existing person is updated. */
    static TableViewer planned(Composite parent) {
        TableViewer viewer = viewer(parent);
        column(viewer, "Line", 50, (PlannedContact p) -> Long.toString(p.line()));
        column(viewer, "Action", 80, (PlannedContact p) -> switch (p.action()) {
            case CREATE -> "Create";
            case UPDATE -> "Update";
            case UNCHANGED -> "Unchanged";
        });
        column(viewer, "Name", 170, PlannedContact::name);
        column(viewer, "Email", 170, PlannedContact::email);
        column(viewer, "Matched by / adds", 280, (PlannedContact p) -> p.matchedBy().isEmpty() ? ""
                : p.matchedBy() + (p.additions().isEmpty() ? "" : "; adds " + String.join(", ", p.additions())));
        return viewer;
    }

    static void show(TableViewer viewer, List<?> rows) {
        viewer.setInput(rows.toArray());
    }

    private static TableViewer viewer(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL
                | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @SuppressWarnings("unchecked")
            @Override
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
    }
}
