package org.rapport.contacts.ui.internal.io;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.rapport.contacts.io.ColumnMapping;
import org.rapport.contacts.io.ContactImporter;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.MappingPreset;

/**
 * The import wizard's page for CSV files: where each column goes, starting from the preset whose column names the
 * file has (Google Contacts, Outlook, Rapport's own), with sample values from the file; and the date formats.
 */
public final class ColumnMappingPage extends WizardPage {

    /** Date format lists offered; the box takes others too ("yyyy-MM-dd; dd/MM/yyyy"). */
    static final String[] DATE_CHOICES = { "yyyy-MM-dd; d.M.yyyy; M/d/yyyy", "yyyy-MM-dd; M/d/yyyy; d.M.yyyy",
            "yyyy-MM-dd; d/M/yyyy; d.M.yyyy", "yyyy-MM-dd; d.M.yy" };
    private static final MappingPreset[] PRESETS = MappingPreset.values();

    private final ContactImporter importer;
    private final ImportChoices choices;
    private Combo presetCombo;
    private Label detected;
    private MappingTable table;
    private Combo dateCombo;
    /** The layout the page shows, to notice that the file page looked at another file. */
    private FileLayout shown;

    ColumnMappingPage(ContactImporter importer, ImportChoices choices) {
        super("mapping");
        this.importer = importer;
        this.choices = choices;
        setTitle("Columns");
        setDescription("Where each column of the file goes. Click a cell of 'Imports as' to change it.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText("&Columns as in:");
        presetCombo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        presetCombo.setItems(Arrays.stream(PRESETS).map(MappingPreset::label).toArray(String[]::new));
        presetCombo.addListener(SWT.Selection, e -> presetChosen());
        detected = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(detected);

        table = new MappingTable(page, this::mappingChanged);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(760, 260).applyTo(table.table());

        new Label(page, SWT.NONE).setText("&Dates as:");
        dateCombo = new Combo(page, SWT.DROP_DOWN);
        dateCombo.setItems(DATE_CHOICES);
        dateCombo.setText(String.join("; ", choices.datePatterns));
        dateCombo.setToolTipText("Date formats tried in this order, separated by ';' (d day, M month, yyyy year;"
                + " dd.MM.yyyy for 03.04.1971). ISO dates (1971-04-03) are always read.");
        dateCombo.addListener(SWT.Modify, e -> validate());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(dateCombo);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && choices.layout != shown && choices.layout != null) {
            shown = choices.layout;
            MappingPreset preset = choices.preset == null ? MappingPreset.DEFAULT : choices.preset;
            presetCombo.select(preset.ordinal());
            detected.setText(shown.header() ? "(found in the file's first row)" : "(the file has no header row)");
            table.show(shown, choices.mapping);
            validate();
        }
        super.setVisible(visible);
    }

    private void presetChosen() {
        choices.preset = PRESETS[presetCombo.getSelectionIndex()];
        choices.mapping = importer.mappingFor(choices.preset, shown.columns());
        table.show(shown, choices.mapping);
        validate();
    }

    private void mappingChanged(ColumnMapping mapping) {
        choices.mapping = mapping;
        validate();
    }

    private void validate() {
        List<String> patterns = new ArrayList<>();
        String problem = null;
        for (String part : dateCombo.getText().split(";")) {
            String pattern = part.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            try {
                DateTimeFormatter.ofPattern(pattern);
                patterns.add(pattern);
            } catch (IllegalArgumentException e) {
                problem = "'" + pattern + "' is no date format: " + e.getMessage()
                        + ". Use d for the day, M for the month, yyyy for the year.";
            }
        }
        if (problem == null && (choices.mapping == null || !choices.mapping.importsAnything())) {
            problem = "No column is imported. Choose where at least the name or email columns go.";
        }
        if (problem == null) {
            choices.datePatterns = patterns.isEmpty() ? choices.datePatterns : List.copyOf(patterns);
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The preset box, for tests. */
    public Combo presetCombo() {
        return presetCombo;
    }

    /** The mapping table, for tests. */
    public Table mappingTable() {
        return table.table();
    }

    /** The date formats box, for tests. */
    public Combo dateCombo() {
        return dateCombo;
    }
}
