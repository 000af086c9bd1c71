package org.rapport.loyalty.ui.internal.programs;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.RuleService;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.ui.jobs.UiJobs;

/** A program's earning rules: what each reacts to and gives, when and for whom; add, edit, pause or delete. */
final class RulesTab {

    private final Composite area;
    private final Table table;
    private final Label status;
    private final Button addButton;
    private final Button editButton;
    private final Button pause;
    private final Button deleteButton;
    private final Supplier<RuleService> service;
    private final Consumer<List<EarningRule>> rulesRead;
    private Program program;
    private List<EarningRule> rules = List.of();
    private boolean reading;

    /** @param rulesRead told the rules each time they were read (the simulator offers them) */
    RulesTab(TabFolder folder, Supplier<RuleService> service, Consumer<List<EarningRule>> rulesRead) {
        this.service = service;
        this.rulesRead = rulesRead;
        area = new Composite(folder, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).spacing(6, 4).applyTo(area);
        table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { "Rule", "170" }, { "Reacts to", "130" }, { "Gives", "150" },
                { "Valid", "150" }, { "For", "110" }, { "State", "60" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table);
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> edit());
        addButton = button("&Add Rule\u2026", this::add);
        editButton = button("&Edit\u2026", this::edit);
        pause = button("&Pause", this::togglePause);
        deleteButton = button("De&lete", this::delete);
        status = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        if (service.get() == null) {
            status.setText("The earning rules are not available; see the Error Log.");
        }
        enable();
    }

    private Button button(String text, Runnable action) {
        Button button = new Button(area, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    Control control() {
        return area;
    }

    boolean isReading() {
        return reading;
    }

    void show(Program shown) {
        program = shown;
        RuleService rules = service.get();
        if (program == null || rules == null) {
            fill(List.of());
            return;
        }
        long programId = program.id();
        reading = true;
        UiJobs.once("Reading earning rules", table, () -> rules.rules(programId), this::fill, e -> {
            reading = false;
            status.setText("Could not read the rules: " + UiJobs.message(e));
        });
    }

    private void fill(List<EarningRule> read) {
        reading = false;
        rules = List.copyOf(read);
        table.removeAll();
        for (EarningRule rule : rules) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { rule.name(), rule.kind().label(), gives(rule), valid(rule),
                    rule.segmentName() == null ? "every member" : rule.segmentName(),
                    rule.active() ? "active" : "paused" });
            if (!rule.active()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
        status.setText(rules.isEmpty() ? "No rules: purchases earn by the program's points per unit only." : "");
        enable();
        rulesRead.accept(rules);
    }

    /** "×2 on coffee", "150 points + 0.1 per unit". */
    static String gives(EarningRule rule) {
        if (rule.kind() == RuleKind.CATEGORY) {
            return "\u00d7" + rule.multiplier().stripTrailingZeros().toPlainString() + " on " + rule.category();
        }
        String fixed = LoyaltyFormats.points(rule.points()) + " points";
        return rule.pointsPerUnit().signum() > 0
                ? fixed + " + " + rule.pointsPerUnit().stripTrailingZeros().toPlainString() + " per unit" : fixed;
    }

    static String valid(EarningRule rule) {
        if (rule.validFrom() == null && rule.validTo() == null) {
            return "always";
        }
        if (rule.validFrom() == null) {
            return "until " + LoyaltyFormats.date(rule.validTo());
        }
        return rule.validTo() == null ? "from " + LoyaltyFormats.date(rule.validFrom())
                : LoyaltyFormats.date(rule.validFrom()) + " to " + LoyaltyFormats.date(rule.validTo());
    }

    private EarningRule selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= rules.size() ? null : rules.get(index);
    }

    private void enable() {
        EarningRule rule = selected();
        boolean writable = service.get() != null && program != null;
        addButton.setEnabled(writable);
        editButton.setEnabled(writable && rule != null);
        pause.setEnabled(writable && rule != null);
        deleteButton.setEnabled(writable && rule != null);
        pause.setText(rule != null && !rule.active() ? "&Resume" : "&Pause");
        area.layout(true);
    }

    private void add() {
        RuleService rules = service.get();
        if (program == null || rules == null) {
            return;
        }
        RuleDialog dialog = new RuleDialog(table.getShell(), program.name(), null, rules::problems);
        if (dialog.open() == Window.OK) {
            long programId = program.id();
            write("Adding the rule", () -> rules.add(programId, dialog.draft()));
        }
    }

    private void edit() {
        RuleService rules = service.get();
        EarningRule rule = selected();
        if (rule == null || rules == null) {
            return;
        }
        RuleDialog dialog = new RuleDialog(table.getShell(), program.name(), rule.draft(), rules::problems);
        if (dialog.open() == Window.OK) {
            write("Saving the rule", () -> rules.update(rule.id(), dialog.draft()));
        }
    }

    private void togglePause() {
        RuleService rules = service.get();
        EarningRule rule = selected();
        if (rule != null && rules != null) {
            write(rule.active() ? "Pausing the rule" : "Resuming the rule",
                    () -> rules.setActive(rule.id(), !rule.active()));
        }
    }

    private void delete() {
        RuleService rules = service.get();
        EarningRule rule = selected();
        if (rule != null && rules != null && org.eclipse.jface.dialogs.MessageDialog.openConfirm(table.getShell(),
                "Delete Rule", "Delete the rule " + rule.name() + "? The points it gave stay on the members' ledgers.")) {
            write("Deleting the rule", () -> {
                rules.delete(rule.id());
                return rule;
            });
        }
    }

    private void write(String what, java.util.concurrent.Callable<EarningRule> work) {
        status.setText(what + "\u2026");
        Program shown = program;
        UiJobs.once(what, table, work, rule -> {
            status.setText("");
            show(shown);
        }, e -> status.setText(what + " failed: " + UiJobs.message(e)));
    }
}
