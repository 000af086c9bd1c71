package org.rapport.contacts.ui.internal.segments;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Making the segment dialog's rows: a label on the left, the controls on the right, each named for tests. */
final class Widgets {

    /** The key of the data naming the criterion a control sets, e.g. {@code ageFrom}: lets tests find it. */
    static final String FIELD = "org.rapport.contacts.ui.field";

    private Widgets() {
    }

    static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 4).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    /** A row: its label, and a composite for its controls laid out side by side. */
    static Composite row(Composite group, String label) {
        Label l = new Label(group, SWT.NONE);
        l.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(l);
        Composite row = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(0).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    static Text text(Composite row, String field, int widthHint, String message) {
        Text text = new Text(row, SWT.BORDER);
        text.setMessage(message);
        text.setData(FIELD, field);
        column(row, text, widthHint);
        return text;
    }

    static Combo combo(Composite row, String field, int style, String... items) {
        Combo combo = new Combo(row, style);
        combo.setItems(items);
        combo.setData(FIELD, field);
        if ((style & SWT.READ_ONLY) != 0) {
            combo.select(0);
        }
        column(row, combo, SWT.DEFAULT);
        return combo;
    }

    static Button check(Composite row, String field, String label) {
        Button button = new Button(row, SWT.CHECK);
        button.setText(label);
        button.setData(FIELD, field);
        column(row, button, SWT.DEFAULT);
        return button;
    }

    static Label word(Composite row, String text) {
        Label label = new Label(row, SWT.NONE);
        label.setText(text);
        column(row, label, SWT.DEFAULT);
        return label;
    }

    /** Adds a column to the row's grid for the control. */
    private static void column(Composite row, Control control, int widthHint) {
        ((org.eclipse.swt.layout.GridLayout) row.getLayout()).numColumns++;
        GridDataFactory.swtDefaults().align(widthHint == SWT.DEFAULT ? SWT.BEGINNING : SWT.FILL, SWT.CENTER)
                .hint(widthHint, SWT.DEFAULT).grab(widthHint > 150, false).applyTo(control);
    }
}
