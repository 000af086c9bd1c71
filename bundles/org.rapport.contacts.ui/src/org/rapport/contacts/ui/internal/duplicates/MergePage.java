package org.rapport.contacts.ui.internal.duplicates;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.duplicates.MergeField;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.ui.internal.duplicates.MergeChoices.Side;

/**
 * The merge dialog's page: the two people side by side, a column each. The radio button in a column's heading
 * chooses who is kept; in each row, the radio buttons choose whose value of that field is kept, or both for lists.
 * Rows where both have the same value have nothing to choose and are greyed.
 */
final class MergePage extends WizardPage {

    /** Longer values are cut in the buttons (the tooltip has them whole). */
    static final int SHOWN_CHARS = 70;

    private final MergeChoices choices;
    private final List<String> unsavedEditors;
    private final Map<Side, Button> survivorButtons = new EnumMap<>(Side.class);
    private final Map<MergeField, Map<Side, Button>> valueButtons = new EnumMap<>(MergeField.class);

    /** @param unsavedEditors names of the two people open in editors with unsaved changes */
    MergePage(MergeChoices choices, List<String> unsavedEditors) {
        super("merge", "Merge Two Contacts", null);
        this.choices = choices;
        this.unsavedEditors = List.copyOf(unsavedEditors);
        setDescription("Choose who is kept and, field by field, whose values. The person kept receives the other's"
                + " history; the other is removed. Undo Merge in the Duplicates view brings both back.");
    }

    @Override
    public void createControl(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        Composite grid = new Composite(scrolled, SWT.NO_RADIO_GROUP);
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(12, 6).applyTo(grid);
        heading(grid);
        for (MergeField field : MergeField.values()) {
            row(grid, field);
        }
        scrolled.setContent(grid);
        scrolled.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        setControl(scrolled);
        refresh();
        if (!unsavedEditors.isEmpty()) {
            setMessage(String.join(" and ", unsavedEditors) + (unsavedEditors.size() == 1 ? " has" : " have")
                    + " unsaved changes in an editor: save them first, or they cannot be saved after the merge.",
                    IMessageProvider.WARNING);
        }
    }

    private void heading(Composite grid) {
        Label field = new Label(grid, SWT.NONE);
        field.setText("Keep");
        field.setFont(JFaceResources.getBannerFont());
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
            Person person = choices.person(side);
            Button keep = new Button(grid, SWT.RADIO);
            keep.setText(person.displayName() + " (#" + person.getId() + ")");
            keep.setFont(JFaceResources.getBannerFont());
            keep.setToolTipText("Keep " + person.displayName() + " (#" + person.getId() + ", created "
                    + (person.getCreatedAt() == null ? "?" : person.getCreatedAt().toString().substring(0, 10))
                    + "): the other person is merged into this one");
            keep.setData(side);
            keep.addListener(SWT.Selection, e -> {
                if (keep.getSelection()) {
                    choices.setSurvivor(side);
                    refresh();
                }
            });
            survivorButtons.put(side, keep);
        }
        new Label(grid, SWT.NONE);
        Label line = new Label(grid, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(line);
    }

    private void row(Composite grid, MergeField field) {
        Label label = new Label(grid, SWT.NONE);
        label.setText(MergeValues.label(field));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        Map<Side, Button> buttons = new EnumMap<>(Side.class);
        boolean same = choices.same(field);
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
            String value = choices.text(field, side);
            Button button = new Button(grid, SWT.RADIO);
            button.setText(value.isBlank() ? "(none)" : shorten(value));
            button.setToolTipText(value.isBlank() ? null : value);
            GridDataFactory.swtDefaults().hint(330, SWT.DEFAULT).applyTo(button);
            buttons.put(side, button);
        }
        if (field.combinable()) {
            Button both = new Button(grid, SWT.RADIO);
            both.setText(field == MergeField.NOTES ? "Both, joined" : "Both");
            both.setToolTipText("Keep the values of both, without repeats; the kept person's first");
            buttons.put(Side.BOTH, both);
        } else {
            new Label(grid, SWT.NONE);
        }
        buttons.forEach((side, button) -> {
            button.setEnabled(!same);
            button.setData(side);
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection()) {
                    choices.choose(field, side);
                    refresh();
                }
            });
        });
        valueButtons.put(field, buttons);
    }

    /** Shows the choices: the survivor's heading and each row's chosen value. */
    private void refresh() {
        survivorButtons.forEach((side, button) -> button.setSelection(side == choices.survivor()));
        valueButtons.forEach((field, buttons) -> buttons.forEach((side, button) ->
                button.setSelection(side == choices.choice(field))));
    }

    static String shorten(String value) {
        return value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS - 1) + "\u2026";
    }

    MergeChoices choices() {
        return choices;
    }

    /** The button of a value (LEFT, RIGHT, BOTH) of a field, for tests. */
    Button button(MergeField field, Side side) {
        return valueButtons.get(field).get(side);
    }

    /** The radio button that keeps one side, for tests. */
    Button survivorButton(Side side) {
        return survivorButtons.get(side);
    }
}
