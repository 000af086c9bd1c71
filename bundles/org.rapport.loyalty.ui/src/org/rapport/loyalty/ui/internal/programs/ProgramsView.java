package org.rapport.loyalty.ui.internal.programs;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.LoyaltyTopics;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.RuleService;
import org.rapport.loyalty.ui.internal.Views;
import org.rapport.ui.jobs.UiJobs;

/**
 * The loyalty programs: the list on the left (with New Program), and the picked program's settings, tiers, rewards
 * catalog, earning rules and rule simulator in tabs on the right. It reads again when programs change.
 */
public class ProgramsView {

    @Inject
    @Optional
    @Service
    private ProgramService programs;

    @Inject
    @Optional
    @Service
    private RuleService ruleService;

    @Inject
    @Optional
    @Service
    private PersonLookup lookup;

    private Table list;
    private Label status;
    private TabFolder tabs;
    private SettingsTab settings;
    private RewardsTab rewards;
    private RulesTab rules;
    private SimulatorTab simulator;
    private List<Program> shown = List.of();
    private boolean reading;
    private final Runnable refresh = this::read;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(left);
        list = new Table(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
        list.addListener(SWT.Selection, e -> showPicked());
        Button create = new Button(left, SWT.PUSH);
        create.setText("&New Program\u2026");
        create.addListener(SWT.Selection, e -> newProgram());
        status = new Label(left, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(status);

        tabs = new TabFolder(sash, SWT.TOP);
        settings = new SettingsTab(tabs);
        tab("Settings", settings.control());
        tab("Tiers", settings.tiersControl());
        rewards = new RewardsTab(tabs, () -> programs);
        tab("Rewards", rewards.control());
        simulator = new SimulatorTab(tabs, () -> ruleService, () -> lookup);
        rules = new RulesTab(tabs, () -> ruleService, simulator::setRules);
        tab("Earning Rules", rules.control());
        tab("Simulator", simulator.control());
        sash.setWeights(1, 3);
        if (programs == null) {
            status.setText("The loyalty database is not available; see the Error Log.");
            create.setEnabled(false);
            return;
        }
        read();
    }

    private void tab(String text, org.eclipse.swt.widgets.Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    private void read() {
        if (programs == null || list.isDisposed()) {
            return;
        }
        reading = true;
        UiJobs.once("Reading loyalty programs", list, programs::programs, this::show, e -> {
            reading = false;
            status.setText("Could not read the programs: " + UiJobs.message(e));
        });
    }

    private void show(List<Program> programList) {
        reading = false;
        Program picked = picked();
        shown = List.copyOf(programList);
        list.removeAll();
        int select = 0;
        for (Program program : shown) {
            new TableItem(list, SWT.NONE).setText(program.name());
            if (picked != null && picked.id() == program.id()) {
                select = list.getItemCount() - 1;
            }
        }
        status.setText(shown.isEmpty() ? "No program yet: create the first." : "");
        if (!shown.isEmpty()) {
            list.select(select);
        }
        showPicked();
    }

    private Program picked() {
        int index = list.getSelectionIndex();
        return index < 0 || index >= shown.size() ? null : shown.get(index);
    }

    private void showPicked() {
        Program program = picked();
        settings.show(program);
        rewards.show(program);
        rules.show(program);
        simulator.show(program);
    }

    /** Asks for a new program and creates it in a job. */
    public void newProgram() {
        NewProgramDialog dialog = new NewProgramDialog(list.getShell());
        if (dialog.open() != Window.OK) {
            return;
        }
        status.setText("Creating\u2026");
        UiJobs.once("Creating a loyalty program", list, () -> programs.create(dialog.draft()), created -> {
            status.setText(created.name() + " created.");
            read();
        }, e -> status.setText("Not created: " + UiJobs.message(e)));
    }

    @Inject
    @Optional
    void programsChanged(@UIEventTopic(LoyaltyTopics.PROGRAMS_CHANGED) Event event) {
        if (list != null) {
            Views.soon(list, 300, refresh);
        }
    }

    @Focus
    public void setFocus() {
        list.setFocus();
    }

    /** Whether programs are being read, for tests. */
    public boolean isReading() {
        return reading || rewards.isReading() || rules.isReading() || simulator.isSimulating();
    }

    /** Picks a program by id; for tests. */
    public boolean pick(long programId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == programId) {
                list.select(i);
                showPicked();
                return true;
            }
        }
        return false;
    }

    /** The picked program's tiers as shown (name, threshold, multiplier a row); for tests. */
    public List<String[]> tierRows() {
        return settings.rows();
    }

    /** The programs shown, for tests. */
    public List<Program> programs() {
        return shown;
    }
}
