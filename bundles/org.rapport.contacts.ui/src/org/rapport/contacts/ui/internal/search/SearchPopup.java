package org.rapport.contacts.ui.internal.search;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.search.SearchResult;
import org.rapport.contacts.ui.ContactsUi;

/**
 * The results of the search field, in a small window below it: the best matches with their organization and email,
 * and a line saying how many match. The field keeps the focus: arrow keys move the choice, Enter opens it, Escape
 * closes; a click opens a row.
 */
public final class SearchPopup {

    /** Where the field keeps its popup ({@code Text.getData}), for tests. */
    public static final String KEY = "org.rapport.contacts.ui.searchPopup";

    private final Text field;
    private final Consumer<PersonRow> open;
    private Shell shell;
    private Table table;
    private Label footer;
    private List<PersonRow> rows = List.of();
    private Image person;

    SearchPopup(Text field, Consumer<PersonRow> open) {
        this.field = field;
        this.open = open;
        field.setData(KEY, this);
        field.addDisposeListener(e -> dispose());
    }

    private void create() {
        shell = new Shell(field.getShell(), SWT.ON_TOP | SWT.NO_TRIM | SWT.BORDER);
        GridLayoutFactory.fillDefaults().margins(1, 1).spacing(0, 2).applyTo(shell);
        table = new Table(shell, SWT.SINGLE | SWT.FULL_SELECTION | SWT.NO_SCROLL);
        new TableColumn(table, SWT.LEFT).setWidth(190);
        new TableColumn(table, SWT.LEFT).setWidth(270);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        footer = new Label(shell, SWT.NONE);
        footer.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(footer);
        LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources(), shell);
        person = images.create(AbstractUIPlugin.imageDescriptorFromPlugin(ContactsUi.PLUGIN_ID, "icons/person.png"));
        table.addListener(SWT.MouseUp, e -> {
            TableItem item = table.getItem(new Point(e.x, e.y));
            if (item != null) {
                open.accept((PersonRow) item.getData());
            }
        });
    }

    /** Shows a search's result below the field (or the reason there is none). */
    void show(SearchResult result) {
        show(result.rows(), footer(result));
    }

    /** Shows a message instead of results (the search is not available, or failed). */
    void message(String text) {
        show(List.of(), text);
    }

    private void show(List<PersonRow> found, String footerText) {
        if (field.isDisposed()) {
            return;
        }
        if (shell == null || shell.isDisposed()) {
            create();
        }
        rows = List.copyOf(found);
        table.removeAll();
        for (PersonRow row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, row.displayName());
            item.setText(1, details(row));
            item.setImage(0, person);
            item.setData(row);
        }
        if (!rows.isEmpty()) {
            table.setSelection(0);
        }
        footer.setText(footerText);
        ((GridData) table.getLayoutData()).exclude = rows.isEmpty();
        table.setVisible(!rows.isEmpty());
        int height = rows.size() * table.getItemHeight() + footer.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 8;
        Rectangle bounds = field.getBounds();
        Point below = field.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
        int width = Math.max(bounds.width, 470);
        // below the box, left edges aligned, moved left only as far as the screen needs
        Rectangle screen = field.getMonitor().getClientArea();
        int x = Math.max(screen.x, Math.min(below.x, screen.x + screen.width - width));
        shell.setBounds(x, below.y + 2, width, height);
        shell.layout(true);
        shell.setVisible(true);
    }

    private static String details(PersonRow row) {
        String organization = row.organization() == null ? "" : row.organization();
        String email = row.primaryEmail() == null ? "" : row.primaryEmail();
        return organization.isEmpty() || email.isEmpty() ? organization + email : organization + " \u00b7 " + email;
    }

    private static String footer(SearchResult result) {
        NumberFormat number = NumberFormat.getIntegerInstance();
        String text;
        if (result.totalHits() == 0) {
            text = "No one matches \u201c" + result.text().trim() + "\u201d";
        } else if (result.totalHits() > result.rows().size()) {
            text = "Best " + result.rows().size() + " of " + number.format(result.totalHits()) + " matches \u2014 type more"
                    + " to narrow; Enter opens";
        } else {
            text = (result.totalHits() == 1 ? "1 match" : result.totalHits() + " matches") + " \u2014 Enter opens";
        }
        return result.complete() ? text : text + " (still indexing: names and emails only)";
    }

    /** Moves the choice up or down. */
    void move(int delta) {
        if (isVisible() && !rows.isEmpty()) {
            int index = Math.floorMod(table.getSelectionIndex() + delta, rows.size());
            table.setSelection(index);
        }
    }

    /** The chosen row, or {@code null}. */
    public PersonRow chosen() {
        if (!isVisible() || rows.isEmpty()) {
            return null;
        }
        int index = table.getSelectionIndex();
        return rows.get(index < 0 ? 0 : index);
    }

    public boolean isVisible() {
        return shell != null && !shell.isDisposed() && shell.isVisible();
    }

    void hide() {
        if (shell != null && !shell.isDisposed()) {
            shell.setVisible(false);
        }
    }

    private void dispose() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    /** The rows shown, for tests. */
    public List<PersonRow> rows() {
        return isVisible() ? rows : List.of();
    }

    /** The line below the rows, for tests. */
    public String footer() {
        return isVisible() ? footer.getText() : "";
    }
}
