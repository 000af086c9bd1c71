package org.rapport.contacts.ui.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.rapport.contacts.io.ColumnMapping;
import org.rapport.contacts.io.ColumnTarget;
import org.rapport.contacts.io.ContactField;
import org.rapport.contacts.io.FileLayout;

/**
 * The mapping page's table: one row per CSV column with its name, sample values from the file, and where it goes
 * (field, label or network, group), the last three edited in place. Rows are column indexes.
 */
final class MappingTable {

    static final int COLUMN = 0;
    static final int SAMPLES = 1;
    static final int FIELD = 2;
    static final int QUALIFIER = 3;
    static final int GROUP = 4;
    private static final ContactField[] FIELDS = ContactField.values();
    private static final int SAMPLE_VALUES = 3;

    private final TableViewer viewer;
    private final Consumer<ColumnMapping> changed;
    private FileLayout layout;
    private ColumnMapping mapping;

    MappingTable(Composite parent, Consumer<ColumnMapping> changed) {
        this.changed = changed;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Column in the file", 150, i -> layout.columns().get(i), null);
        column("Sample values", 210, this::samples, null);
        column("Imports as", 190, i -> target(i).field().label(), new FieldEditing());
        column("Label / network / key", 140, i -> target(i).qualifier(), new QualifierEditing());
        column("Group", 55, i -> target(i).group() == 0 ? "" : Integer.toString(target(i).group()),
                new GroupEditing());
    }

    Table table() {
        return viewer.getTable();
    }

    /** Shows a file's columns with a mapping. */
    void show(FileLayout fileLayout, ColumnMapping columnMapping) {
        layout = fileLayout;
        mapping = columnMapping;
        viewer.setInput(IntStream.range(0, layout.columns().size()).boxed().toArray());
    }

    private ColumnTarget target(int column) {
        return mapping.target(column);
    }

    private void change(int column, ColumnTarget target) {
        mapping = mapping.with(column, target);
        viewer.update(column, null);
        changed.accept(mapping);
    }

    /** The first non-empty values of a column, e.g. "ada@example.com | grace@navy.example". */
    private String samples(int column) {
        List<String> values = new ArrayList<>();
        for (List<String> row : layout.sampleRows()) {
            if (column < row.size() && !row.get(column).isBlank() && values.size() < SAMPLE_VALUES) {
                String value = row.get(column).strip().replaceAll("\\s+", " ");
                values.add(value.length() > 40 ? value.substring(0, 39) + "\u2026" : value);
            }
        }
        return String.join(" | ", values);
    }

    private void column(String title, int width, java.util.function.IntFunction<String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Integer) element);
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** The field, from every {@link ContactField}; a field without qualifier loses the old one. */
    private final class FieldEditing extends EditingSupport {
        private final ComboBoxCellEditor editor;

        FieldEditing() {
            super(viewer);
            String[] labels = new String[FIELDS.length];
            for (int i = 0; i < FIELDS.length; i++) {
                labels[i] = FIELDS[i].label();
            }
            editor = new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return target((Integer) element).field().ordinal();
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index < 0) {
                return;
            }
            ContactField field = FIELDS[index];
            ColumnTarget old = target((Integer) element);
            String qualifier = field.qualifier() == ContactField.Qualifier.NONE ? "" : old.qualifier();
            int group = field == ContactField.IGNORE ? 0 : old.group();
            change((Integer) element, new ColumnTarget(field, qualifier, group));
        }
    }

    /** The label (work, home), network (mastodon), custom field key or tag separator, where the field has one. */
    private final class QualifierEditing extends EditingSupport {
        private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

        QualifierEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return target((Integer) element).field().qualifier() != ContactField.Qualifier.NONE;
        }

        @Override
        protected Object getValue(Object element) {
            return target((Integer) element).qualifier();
        }

        @Override
        protected void setValue(Object element, Object value) {
            ColumnTarget old = target((Integer) element);
            change((Integer) element, new ColumnTarget(old.field(), (String) value, old.group()));
        }
    }

    /** The group number that pairs the parts of one email, phone, address, organization or profile. */
    private final class GroupEditing extends EditingSupport {
        private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

        GroupEditing() {
            super(viewer);
            editor.setValidator(value -> ((String) value).matches("\\d{0,3}") ? null : "a number from 0 to 999");
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return target((Integer) element).imported();
        }

        @Override
        protected Object getValue(Object element) {
            int group = target((Integer) element).group();
            return group == 0 ? "" : Integer.toString(group);
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value == null) {
                return;
            }
            String text = (String) value;
            ColumnTarget old = target((Integer) element);
            change((Integer) element, new ColumnTarget(old.field(), old.qualifier(),
                    text.isEmpty() ? 0 : Integer.parseInt(text)));
        }
    }
}
