package org.rapport.pipeline.ui.internal.prefs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.rapport.pipeline.ConcurrentChangeException;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;

/**
 * Rapport &gt; Pipelines: the sales pipelines and their stages (names, order, default win probability), saved through
 * the {@link PipelineService} on Apply or OK. Open stages come first in board order, then the won and the lost stage,
 * which can be renamed but not moved or removed; a stage that still holds deals cannot be removed (the service says
 * how many to move first). A new default probability applies to the open deals of the stage that do not override it.
 */
public class PipelinesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private PipelineService service;
    private final List<Pipeline> pipelines = new ArrayList<>();
    private final Map<Integer, Pipeline> changed = new LinkedHashMap<>();
    private Combo pipelineCombo;
    private Text name;
    private Table stages;
    private Text stageName;
    private Spinner probability;
    private Button remove;
    private Button up;
    private Button down;
    private boolean showing;

    @Override
    public void init(IWorkbench workbench) {
        service = PlatformUI.getWorkbench().getService(PipelineService.class);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
        if (service == null) {
            new Label(page, SWT.WRAP).setText("The pipeline database is not available; see the log.");
            return page;
        }
        new Label(page, SWT.NONE).setText("Pipeline:");
        pipelineCombo = new Combo(page, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(pipelineCombo);
        pipelineCombo.addListener(SWT.Selection, e -> showPipeline());
        Button add = new Button(page, SWT.PUSH);
        add.setText("New Pipeline");
        add.addListener(SWT.Selection, e -> newPipeline());
        new Label(page, SWT.NONE).setText("Name:");
        name = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
        name.addListener(SWT.Modify, e -> edit(p -> p.withName(name.getText().trim())));
        stages = new Table(page, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        stages.setHeaderVisible(true);
        for (String[] c : new String[][] { { "Stage", "180" }, { "Probability", "90" }, { "Kind", "80" } }) {
            TableColumn column = new TableColumn(stages, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(360, 200).applyTo(stages);
        stages.addListener(SWT.Selection, e -> showStage());
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, "Add Stage", this::addStage);
        remove = button(buttons, "Remove", this::removeStage);
        up = button(buttons, "Up", () -> moveStage(-1));
        down = button(buttons, "Down", () -> moveStage(1));
        new Label(page, SWT.NONE).setText("Stage name:");
        stageName = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(stageName);
        stageName.addListener(SWT.Modify, e -> editStage(s -> s.withName(stageName.getText().trim())));
        new Label(page, SWT.NONE).setText("Default win probability (%):");
        probability = new Spinner(page, SWT.BORDER);
        probability.setValues(0, 0, 100, 0, 5, 10);
        probability.addListener(SWT.Modify, e -> editStage(s -> s.withProbability(probability.getSelection())));
        read();
        return page;
    }

    private static Button button(Composite parent, String text, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, e -> run.run());
        return button;
    }

    private void read() {
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            pipelines.clear();
            pipelines.addAll(service.pipelines());
        });
        changed.clear();
        pipelineCombo.setItems(pipelines.stream().map(Pipeline::name).toArray(String[]::new));
        if (!pipelines.isEmpty()) {
            pipelineCombo.select(0);
        }
        showPipeline();
    }

    private Pipeline current() {
        int index = pipelineCombo.getSelectionIndex();
        return index < 0 ? null : changed.getOrDefault(index, pipelines.get(index));
    }

    private void showPipeline() {
        showing = false;
        Pipeline p = current();
        name.setText(p == null ? "" : p.name());
        int selected = stages.getSelectionIndex();
        stages.removeAll();
        if (p != null) {
            for (Stage s : p.stages()) {
                new TableItem(stages, SWT.NONE).setText(new String[] { s.name(), s.probability() + "%",
                        s.kind().name().toLowerCase() });
            }
        }
        stages.select(Math.max(0, Math.min(selected, stages.getItemCount() - 1)));
        showing = true;
        showStage();
    }

    private void showStage() {
        showing = false;
        Stage s = selectedStage();
        stageName.setText(s == null ? "" : s.name());
        probability.setSelection(s == null ? 0 : s.probability());
        boolean open = s != null && s.kind() == StageKind.OPEN;
        probability.setEnabled(open);
        remove.setEnabled(open);
        int index = stages.getSelectionIndex();
        up.setEnabled(open && index > 0);
        down.setEnabled(open && index + 1 < current().stages().size() && current().stages().get(index + 1).kind() == StageKind.OPEN);
        showing = true;
    }

    private Stage selectedStage() {
        Pipeline p = current();
        int index = stages.getSelectionIndex();
        return p == null || index < 0 || index >= p.stages().size() ? null : p.stages().get(index);
    }

    private void edit(java.util.function.UnaryOperator<Pipeline> change) {
        if (!showing || current() == null) {
            return;
        }
        int index = pipelineCombo.getSelectionIndex();
        changed.put(index, change.apply(current()));
        if (!pipelineCombo.getItem(index).equals(changed.get(index).name())) {
            pipelineCombo.setItem(index, changed.get(index).name());
        }
        setErrorMessage(null);
    }

    private void editStage(java.util.function.UnaryOperator<Stage> change) {
        int index = stages.getSelectionIndex();
        if (!showing || selectedStage() == null) {
            return;
        }
        edit(p -> {
            List<Stage> list = new ArrayList<>(p.stages());
            list.set(index, change.apply(list.get(index)));
            return p.withStages(list);
        });
        TableItem item = stages.getItem(index);
        Stage s = current().stages().get(index);
        item.setText(new String[] { s.name(), s.probability() + "%", s.kind().name().toLowerCase() });
    }

    private void addStage() {
        Pipeline p = current();
        if (p == null) {
            return;
        }
        List<Stage> list = new ArrayList<>(p.stages());
        int at = (int) list.stream().filter(s -> s.kind() == StageKind.OPEN).count();
        list.add(at, Stage.open("New stage", 50));
        edit(old -> old.withStages(list));
        showPipeline();
        stages.select(at);
        showStage();
        stageName.setFocus();
        stageName.selectAll();
    }

    private void removeStage() {
        int index = stages.getSelectionIndex();
        if (selectedStage() == null || selectedStage().kind() != StageKind.OPEN) {
            return;
        }
        edit(p -> {
            List<Stage> list = new ArrayList<>(p.stages());
            list.remove(index);
            return p.withStages(list);
        });
        showPipeline();
    }

    private void moveStage(int by) {
        int index = stages.getSelectionIndex();
        edit(p -> {
            List<Stage> list = new ArrayList<>(p.stages());
            Stage s = list.remove(index);
            list.add(index + by, s);
            return p.withStages(list);
        });
        stages.select(index + by);
        showPipeline();
    }

    private void newPipeline() {
        pipelines.add(Pipeline.create("New pipeline", List.of(Stage.open("Lead", 10), Stage.open("Proposal", 50))));
        int index = pipelines.size() - 1;
        changed.put(index, pipelines.get(index));
        pipelineCombo.add(pipelines.get(index).name());
        pipelineCombo.select(index);
        showPipeline();
        name.setFocus();
        name.selectAll();
    }

    @Override
    public boolean performOk() {
        if (service == null || changed.isEmpty()) {
            return true;
        }
        String[] error = new String[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            for (Map.Entry<Integer, Pipeline> e : new ArrayList<>(changed.entrySet())) {
                try {
                    pipelines.set(e.getKey(), service.save(e.getValue()));
                    changed.remove(e.getKey());
                } catch (PipelineValidationException invalid) {
                    error[0] = "'" + e.getValue().name() + "' was not saved: " + String.join(" ",
                            invalid.problems().stream().map(FieldProblem::message).toList());
                    return;
                } catch (ConcurrentChangeException conflict) {
                    error[0] = conflict.getMessage();
                    return;
                }
            }
        });
        if (error[0] != null) {
            setErrorMessage(error[0]);
            return false;
        }
        return true;
    }

    @Override
    protected void performApply() {
        if (performOk()) {
            MessageDialog.openInformation(getShell(), "Pipelines", "The pipelines were saved.");
        }
    }

    /** The stage table, for tests. */
    public Table stageTable() {
        return stages;
    }
}
