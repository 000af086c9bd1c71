package org.rapport.loyalty.ui.internal.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.RuleService;
import org.rapport.loyalty.RuleSimulation;
import org.rapport.loyalty.RuleSimulation.SimulatedAward;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.loyalty.ui.internal.People;
import org.rapport.ui.jobs.UiJobs;

/**
 * What a rule would have awarded over the last N days, had it applied then: the number of awards, members and points,
 * and the largest awards. Nothing is written; try a rule before switching it on.
 */
final class SimulatorTab {

    private final Composite area;
    private final Combo rule;
    private final Spinner days;
    private final Label result;
    private final Table largest;
    private final Supplier<RuleService> service;
    private final Supplier<PersonLookup> lookup;
    private Program program;
    private List<EarningRule> rules = List.of();
    private boolean simulating;

    /** What was simulated and the names of the members of its largest awards. */
    private record Outcome(RuleSimulation simulation, Map<Long, PersonRef> people) {
    }

    SimulatorTab(TabFolder folder, Supplier<RuleService> service, Supplier<PersonLookup> lookup) {
        this.service = service;
        this.lookup = lookup;
        area = new Composite(folder, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).spacing(6, 6).applyTo(area);
        new Label(area, SWT.NONE).setText("Rule:");
        rule = new Combo(area, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(rule);
        new Label(area, SWT.NONE).setText("over the last");
        days = new Spinner(area, SWT.BORDER);
        days.setValues(90, 1, 3660, 0, 1, 30);
        Button simulate = new Button(area, SWT.PUSH);
        simulate.setText("&Simulate (days)");
        simulate.addListener(SWT.Selection, e -> simulate());
        result = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(result);
        largest = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        largest.setHeaderVisible(true);
        largest.setLinesVisible(true);
        for (String[] column : new String[][] { { "Member", "180" }, { "Day", "90" }, { "Points", "70" },
                { "For", "200" } }) {
            TableColumn c = new TableColumn(largest, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(largest);
        result.setText("Pick a rule and a period: the simulator shows what the rule would have awarded.");
    }

    Control control() {
        return area;
    }

    boolean isSimulating() {
        return simulating;
    }

    void show(Program shown) {
        program = shown;
        largest.removeAll();
    }

    /** The rules the Rules tab read for the program shown. */
    void setRules(List<EarningRule> read) {
        String picked = rule.getText();
        rules = List.copyOf(read);
        rule.setItems(rules.stream().map(r -> r.name() + " (" + r.kind().label() + ")").toArray(String[]::new));
        int index = java.util.Arrays.asList(rule.getItems()).indexOf(picked);
        if (!rules.isEmpty()) {
            rule.select(Math.max(0, index));
        }
        area.layout(true);
    }

    /** Simulates the picked rule over the days chosen; for the button and tests. */
    void simulate() {
        RuleService rulesService = service.get();
        int index = rule.getSelectionIndex();
        if (program == null || rulesService == null || index < 0 || index >= rules.size()) {
            result.setText("Add a rule first (the Rules tab), then simulate it here.");
            return;
        }
        EarningRule picked = rules.get(index);
        long programId = program.id();
        int period = days.getSelection();
        PersonLookup people = lookup.get();
        simulating = true;
        result.setText("Simulating\u2026");
        UiJobs.once("Simulating an earning rule", largest, () -> {
            RuleSimulation simulation = rulesService.simulate(programId, picked.draft(), LocalDate.now(), period);
            return new Outcome(simulation, People.people(people,
                    simulation.largest().stream().mapToLong(SimulatedAward::personId).toArray()));
        }, outcome -> showOutcome(picked, outcome), e -> {
            simulating = false;
            result.setText("Could not simulate: " + UiJobs.message(e));
        });
    }

    private void showOutcome(EarningRule picked, Outcome outcome) {
        simulating = false;
        RuleSimulation simulation = outcome.simulation();
        result.setText(String.format("From %s to %s, %s would have made %,d awards to %,d members: %s points.",
                LoyaltyFormats.date(simulation.from()), LoyaltyFormats.date(simulation.to()), picked.name(),
                simulation.awards(), simulation.members(), LoyaltyFormats.points(simulation.points())));
        largest.removeAll();
        for (SimulatedAward award : simulation.largest()) {
            new TableItem(largest, SWT.NONE).setText(new String[] {
                    outcome.people().get(award.personId()).displayName(), LoyaltyFormats.date(award.day()),
                    LoyaltyFormats.points(award.points()), award.what() });
        }
        area.layout(true);
    }

    /** The result line, for tests. */
    String resultText() {
        return result.getText();
    }
}
