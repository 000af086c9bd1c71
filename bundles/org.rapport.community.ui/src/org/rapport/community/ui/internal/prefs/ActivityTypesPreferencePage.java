package org.rapport.community.ui.internal.prefs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.rapport.community.ActivityService;
import org.rapport.community.ActivityType;
import org.rapport.community.ScoreService;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.ui.jobs.UiJobs;

/**
 * Rapport &gt; Community: the weight of each activity type, which a community manager sets to what the community
 * values (a talk more than a like). Saved on Apply or OK through the {@link ActivityService}; then every score is
 * computed again in a job, so levels follow the new weights at once rather than at the next review.
 */
public class ActivityTypesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** Weights are edited in tenths of a point. */
    private static final int DIGITS = 1;

    private ActivityService activities;
    private ScoreService scores;
    private final List<ActivityType> types = new ArrayList<>();
    private final Map<String, ActivityType> changed = new LinkedHashMap<>();
    private Table table;
    private Spinner weight;
    private Label status;

    @Override
    public void init(IWorkbench workbench) {
        activities = PlatformUI.getWorkbench().getService(ActivityService.class);
        scores = PlatformUI.getWorkbench().getService(ScoreService.class);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
        Label intro = new Label(page, SWT.WRAP);
        intro.setText("Points each activity gives towards a member's love (and so its orbit level). Every score is"
                + " computed again when you apply.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(intro);
        table = new Table(page, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(380, 280).applyTo(table);
        for (String[] column : new String[][] { { "Activity", "200" }, { "Pillar", "110" }, { "Points", "60" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        new Label(page, SWT.NONE).setText("&Points of the selected activity:");
        weight = new Spinner(page, SWT.BORDER);
        weight.setDigits(DIGITS);
        weight.setValues(0, 0, 1000, DIGITS, 5, 10);
        weight.setEnabled(false);
        weight.addListener(SWT.Modify, e -> weightChanged());
        table.addListener(SWT.Selection, e -> picked());
        status = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        if (activities == null) {
            status.setText("The community database is not available; see the Error Log.");
        } else {
            UiJobs.once("Reading the activity types", table, activities::types, this::show,
                    e -> status.setText("Could not read the activity types: " + UiJobs.message(e)));
        }
        return page;
    }

    private void show(List<ActivityType> read) {
        types.clear();
        types.addAll(read);
        table.removeAll();
        for (ActivityType type : types) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { type.name(), type.pillar().name().toLowerCase(), CommunityFormats.points(type.weight()) });
        }
    }

    private void picked() {
        int index = table.getSelectionIndex();
        weight.setEnabled(index >= 0);
        if (index >= 0) {
            weight.setSelection((int) Math.round(current(index).weight() * 10));
        }
    }

    private ActivityType current(int index) {
        ActivityType type = types.get(index);
        return changed.getOrDefault(type.key(), type);
    }

    private void weightChanged() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        double points = weight.getSelection() / 10.0;
        ActivityType type = types.get(index);
        if (points == current(index).weight()) {
            return;
        }
        ActivityType newType = type.withWeight(points);
        if (points == type.weight()) {
            changed.remove(type.key());
        } else {
            changed.put(type.key(), newType);
        }
        table.getItem(index).setText(2, CommunityFormats.points(points));
    }

    @Override
    public boolean performOk() {
        if (changed.isEmpty() || activities == null) {
            return true;
        }
        List<ActivityType> save = List.copyOf(changed.values());
        changed.clear();
        ActivityService service = activities;
        ScoreService scoring = scores;
        // a job of its own: the page (and its widgets) may be gone when the scores are done
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                "Saving activity weights and computing every score again", monitor -> {
                    save.forEach(service::saveType);
                    if (scoring != null) {
                        scoring.rescore(Instant.now());
                    }
                });
        job.setUser(true);
        job.schedule();
        return true;
    }

    /** Sets a type's weight as a user would, for tests. */
    public void setWeight(String key, double points) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).key().equals(key)) {
                table.setSelection(i);
                picked();
                weight.setSelection((int) Math.round(points * 10));
                weightChanged();
            }
        }
    }

    /** The types shown, for tests. */
    public List<ActivityType> types() {
        return types;
    }
}
