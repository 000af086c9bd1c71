package org.rapport.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.ui.RapportUi;

/** The Timeline view as the user sees it: its header line and the rows of its table. */
public final class TimelineWidgets {

    /** Column of the entry's title ("What"). */
    public static final int WHAT = 2;
    /** Column of the contributing bundle ("Source"). */
    public static final int SOURCE = 4;
    private static final String NOT_LOADED = "\u2026";

    private final Label header;
    private final Table table;

    private TimelineWidgets(Label header, Table table) {
        this.header = header;
        this.table = table;
    }

    /** Finds the widgets of the open Timeline view (an e4view, so a plain MPart in the window's model). */
    public static TimelineWidgets find() {
        EPartService parts = UiTestSupport.window().getService(EPartService.class);
        MPart part = parts.findPart(RapportUi.TIMELINE_VIEW_ID);
        assertNotNull(part, "the Timeline view is in the window");
        assertNotNull(part.getWidget(), "the Timeline view has been rendered");
        Control control = (Control) part.getWidget();
        List<Table> tables = UiTestSupport.descendants(control, Table.class);
        List<Label> labels = UiTestSupport.descendants(control, Label.class);
        assertEquals(1, tables.size(), "the Timeline view has one table");
        assertEquals(false, labels.isEmpty(), "the Timeline view has a header");
        return new TimelineWidgets(labels.get(0), tables.get(0));
    }

    /** The header line, e.g. "History of Ada Lovelace: ...". */
    public String header() {
        return header.getText();
    }

    /** The table of entries. */
    public Table table() {
        return table;
    }

    /** Whether every row shows its data (a row whose page is not loaded yet shows "…"). */
    public boolean allRowsLoaded() {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (NOT_LOADED.equals(table.getItem(i).getText(0))) {
                return false;
            }
        }
        return true;
    }

    /** The text of one column of every row, top to bottom. */
    public List<String> column(int column) {
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            texts.add(item.getText(column));
        }
        return texts;
    }
}
