package org.rapport.loyalty.ui.internal.programs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;

/** A program's settings (how points are earned, pending and expire, what a point is worth) and its tiers. */
final class SettingsTab {

    private final Composite settings;
    private final Label[] values;
    private final Table tiers;
    static final String[] CAPTIONS = { "Currency", "Points per unit spent", "Pending days", "Points expire",
            "Value of a point" };

    SettingsTab(TabFolder folder) {
        settings = new Composite(folder, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(12, 6).applyTo(settings);
        values = new Label[CAPTIONS.length];
        for (int i = 0; i < CAPTIONS.length; i++) {
            new Label(settings, SWT.NONE).setText(CAPTIONS[i] + ":");
            values[i] = new Label(settings, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(values[i]);
        }
        tiers = new Table(folder, SWT.SINGLE | SWT.FULL_SELECTION);
        tiers.setHeaderVisible(true);
        tiers.setLinesVisible(true);
        for (String[] column : new String[][] { { "Tier", "140" }, { "Points earned in 12 months", "190" },
                { "Multiplier", "90" } }) {
            TableColumn c = new TableColumn(tiers, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
    }

    Control control() {
        return settings;
    }

    Control tiersControl() {
        return tiers;
    }

    List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : tiers.getItems()) {
            rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2) });
        }
        return rows;
    }

    void show(Program program) {
        tiers.removeAll();
        if (program == null) {
            for (Label value : values) {
                value.setText("");
            }
            return;
        }
        values[0].setText(program.currency());
        values[1].setText(program.pointsPerUnit().stripTrailingZeros().toPlainString()
                + " \u00d7 the member's tier multiplier, rounded down");
        values[2].setText(program.pendingDays() == 0 ? "none: points can be spent at once"
                : program.pendingDays() + " days after the purchase");
        values[3].setText(program.expiryMonths() == 0 ? "never"
                : "at the end of the month " + program.expiryMonths() + " months after the month earned");
        values[4].setText(LoyaltyFormats.money(program.pointValue(), program.currency()));
        for (Tier tier : program.tiers()) {
            new TableItem(tiers, SWT.NONE).setText(new String[] { tier.name(),
                    tier.threshold() == 0 ? "base tier" : LoyaltyFormats.points(tier.threshold()),
                    "\u00d7" + tier.multiplier().stripTrailingZeros().toPlainString() });
        }
        settings.layout(true);
    }
}
