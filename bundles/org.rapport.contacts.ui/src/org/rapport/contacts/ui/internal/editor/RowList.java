package org.rapport.contacts.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * An editable list of a person's values (emails, phones, addresses, profiles, organizations): a row of controls per
 * value, a remove button at its end and an "Add …" link below. Adding, removing and changing a value are undoable
 * edits of the whole list. Row {@code i}'s main control gets the messages for field {@code prefix[i]}.
 *
 * @param <T> the value type (immutable)
 */
final class RowList<T> {

    /** The controls of one row. */
    interface Row<T> {

        /** Makes the row's controls in {@code parent} (a grid of {@link RowList#columns} columns, remove button excluded). */
        Control create(Composite parent, RowList<T> list, int index);

        /** Shows a value (the list sets it quietly: no edit). */
        void show(T value);
    }

    /** Makes the row editor for a new row. */
    interface RowFactory<T> {
        Row<T> row();
    }

    private final Binder binder;
    private final PersonField<List<T>> field;
    private final String prefix;
    private final String noun;
    private final Supplier<T> blank;
    private final RowFactory<T> factory;
    private final int columns;
    private final Runnable reflow;
    private final Composite rowsParent;
    private final List<Row<T>> rows = new ArrayList<>();
    private final List<Composite> rowComposites = new ArrayList<>();
    private final Hyperlink add;

    RowList(Binder binder, Composite parent, PersonField<List<T>> field, String prefix, String noun, Supplier<T> blank,
            int columns, RowFactory<T> factory, Runnable reflow) {
        this.binder = binder;
        this.field = field;
        this.prefix = prefix;
        this.noun = noun;
        this.blank = blank;
        this.columns = columns;
        this.factory = factory;
        this.reflow = reflow;
        rowsParent = binder.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(rowsParent);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(rowsParent);
        add = binder.toolkit().createHyperlink(parent, "Add " + noun, SWT.NONE);
        GridDataFactory.swtDefaults().span(2, 1).indent(0, 0).applyTo(add);
        add.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                add();
            }
        });
        binder.messages().register(prefix, add);
        binder.onRefresh(this::refresh);
    }

    /** The values as the person has them now. */
    List<T> values() {
        return field.get().apply(binder.copy().person());
    }

    /** Replaces value {@code index}; keystrokes with the same {@code typingKey} grow one edit. */
    void set(int index, T value, String typingKey) {
        List<T> changed = new ArrayList<>(values());
        if (index >= changed.size()) {
            return;
        }
        changed.set(index, value);
        binder.copy().edit("Typing in " + field.label(), field, List.copyOf(changed), typingKey);
    }

    /** The key that groups the keystrokes in one control of a row, e.g. {@code emails[1].address}. */
    String key(int index, String part) {
        return prefix + "[" + index + "]." + part;
    }

    String fieldName(int index) {
        return prefix + "[" + index + "]";
    }

    Binder binder() {
        return binder;
    }

    void add() {
        List<T> changed = new ArrayList<>(values());
        changed.add(blank.get());
        binder.copy().edit("Add " + noun, field, List.copyOf(changed), null);
        refresh();
        Composite last = rowComposites.get(rowComposites.size() - 1);
        for (Control control : last.getChildren()) {
            if (control.setFocus()) {
                break;
            }
        }
    }

    void remove(int index) {
        List<T> changed = new ArrayList<>(values());
        changed.remove(index);
        binder.copy().edit("Remove " + noun, field, List.copyOf(changed), null);
        // the rows are made again after the remove button's own click is over
        rowsParent.getDisplay().asyncExec(() -> {
            if (!rowsParent.isDisposed()) {
                refresh();
            }
        });
    }

    /** Shows the values: in the same rows when their number did not change (so focus stays), else in new rows. */
    void refresh() {
        List<T> values = values();
        binder.quietly(() -> {
            if (values.size() != rows.size()) {
                rebuild(values.size());
            }
            for (int i = 0; i < values.size(); i++) {
                rows.get(i).show(values.get(i));
            }
        });
    }

    private void rebuild(int size) {
        rowComposites.forEach(Composite::dispose);
        rowComposites.clear();
        rows.clear();
        binder.messages().unregister(prefix + "[");
        for (int i = 0; i < size; i++) {
            Composite row = binder.toolkit().createComposite(rowsParent);
            GridLayoutFactory.fillDefaults().numColumns(columns + 1).spacing(4, 2).applyTo(row);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
            Row<T> editor = factory.row();
            Control main = editor.create(row, this, i);
            binder.messages().register(fieldName(i), main);
            int index = i;
            Button remove = binder.toolkit().createButton(row, "\u2715", SWT.PUSH | SWT.FLAT);
            remove.setToolTipText("Remove this " + noun);
            GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(remove);
            remove.addListener(SWT.Selection, e -> remove(index));
            rows.add(editor);
            rowComposites.add(row);
        }
        binder.messages().update();
        reflow.run();
    }

    /** The row composites, for tests. */
    List<Composite> rowComposites() {
        return rowComposites;
    }
}
