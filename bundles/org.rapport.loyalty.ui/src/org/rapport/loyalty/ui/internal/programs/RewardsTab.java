package org.rapport.loyalty.ui.internal.programs;

import java.util.List;
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
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Reward;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.loyalty.ui.internal.rewards.RewardsView;
import org.rapport.ui.jobs.UiJobs;

/** A program's rewards catalog, with Add Reward. */
final class RewardsTab {

    private final Composite area;
    private final Table table;
    private final Label status;
    private final Supplier<ProgramService> service;
    private Program program;
    private boolean reading;

    RewardsTab(TabFolder folder, Supplier<ProgramService> service) {
        this.service = service;
        area = new Composite(folder, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(6, 4).applyTo(area);
        table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { "Code", "90" }, { "Reward", "200" }, { "Points", "70" },
                { "Stock", "70" }, { "Valid", "170" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        Button add = new Button(area, SWT.PUSH);
        add.setText("&Add Reward\u2026");
        add.addListener(SWT.Selection, e -> add());
        status = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
    }

    Control control() {
        return area;
    }

    boolean isReading() {
        return reading;
    }

    void show(Program shown) {
        program = shown;
        table.removeAll();
        if (program == null || service.get() == null) {
            return;
        }
        long programId = program.id();
        reading = true;
        UiJobs.once("Reading rewards", table, () -> service.get().rewards(programId), this::fill, e -> {
            reading = false;
            status.setText("Could not read the rewards: " + UiJobs.message(e));
        });
    }

    private void fill(List<Reward> rewards) {
        reading = false;
        table.removeAll();
        for (Reward reward : rewards) {
            new TableItem(table, SWT.NONE).setText(new String[] { reward.code(), reward.name(),
                    LoyaltyFormats.points(reward.points()),
                    reward.stock() == null ? "unlimited" : LoyaltyFormats.points(reward.stock()),
                    RewardsView.validity(reward) });
        }
        status.setText(rewards.isEmpty() ? "No rewards yet: add the first." : rewards.size() + " rewards");
        area.layout(true);
    }

    private void add() {
        if (program == null) {
            status.setText("Create a program first.");
            return;
        }
        RewardDialog dialog = new RewardDialog(table.getShell(), program.name());
        if (dialog.open() != Window.OK) {
            return;
        }
        long programId = program.id();
        status.setText("Adding\u2026");
        UiJobs.once("Adding a reward", table, () -> service.get().addReward(programId, dialog.draft()), reward -> {
            status.setText(reward.name() + " added.");
            show(program);
        }, e -> status.setText("Not added: " + UiJobs.message(e)));
    }
}
