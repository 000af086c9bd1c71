package org.rapport.contacts.ui.internal.segments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.segments.SegmentCondition;
import org.rapport.contacts.segments.SegmentCondition.CustomChoiceIn;
import org.rapport.contacts.segments.SegmentCondition.CustomDateBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomNumberBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomTextEquals;

/**
 * One row per custom field of this installation, edited as its type: a text equals a value, a number or a date lies in
 * a range, a choice is one of the ticked choices.
 */
final class CustomFieldRows extends ConditionRows {

    /** The controls of one field's row: one text, two range ends, or one check box per choice. */
    record FieldRow(CustomFieldDefinition field, List<Control> controls) {
    }

    final Map<String, FieldRow> rows = new LinkedHashMap<>();

    CustomFieldRows(Composite parent, List<CustomFieldDefinition> fields, Runnable changed) {
        super(changed);
        if (fields.isEmpty()) {
            return;
        }
        Group group = Widgets.group(parent, "Custom fields");
        for (CustomFieldDefinition field : fields) {
            Composite row = Widgets.row(group, field.getLabel() + ":");
            String key = "custom." + field.getKey();
            List<Control> controls = new ArrayList<>();
            switch (field.getType()) {
                case TEXT -> {
                    Widgets.word(row, "is");
                    controls.add(watch(Widgets.text(row, key, 200, "any value")));
                }
                case NUMBER -> {
                    Widgets.word(row, "from");
                    controls.add(watch(Widgets.text(row, key + ".from", 80, "lowest")));
                    Widgets.word(row, "to");
                    controls.add(watch(Widgets.text(row, key + ".to", 80, "highest")));
                }
                case DATE -> {
                    Widgets.word(row, "from");
                    controls.add(watch(Widgets.text(row, key + ".from", 95, "YYYY-MM-DD")));
                    Widgets.word(row, "to");
                    controls.add(watch(Widgets.text(row, key + ".to", 95, "YYYY-MM-DD")));
                }
                case CHOICE -> {
                    for (String choice : field.getChoices()) {
                        controls.add(watch(Widgets.check(row, key + "." + choice, choice)));
                    }
                }
            }
            rows.put(field.getKey(), new FieldRow(field, controls));
        }
    }

    @Override
    void load(List<SegmentCondition> conditions) {
        for (FieldRow row : rows.values()) {
            String key = row.field().getKey();
            SegmentCondition condition = conditions.stream().filter(c -> fieldOf(c, row)).findFirst().orElse(null);
            if (condition == null) {
                continue;
            }
            conditions.remove(condition);
            List<Control> controls = row.controls();
            switch (condition) {
                case CustomTextEquals text -> ((Text) controls.get(0)).setText(text.value());
                case CustomNumberBetween number -> {
                    ((Text) controls.get(0)).setText(FormValues.show(number.min()));
                    ((Text) controls.get(1)).setText(FormValues.show(number.max()));
                }
                case CustomDateBetween date -> {
                    ((Text) controls.get(0)).setText(FormValues.show(date.from()));
                    ((Text) controls.get(1)).setText(FormValues.show(date.to()));
                }
                case CustomChoiceIn choice -> controls.forEach(c -> ((Button) c)
                        .setSelection(choice.choices().contains(((Button) c).getText())));
                default -> throw new IllegalStateException("not a condition of custom field " + key + ": " + condition);
            }
        }
    }

    /** Whether a condition is about this row's field and compares it as its type (else it is kept as it is). */
    private static boolean fieldOf(SegmentCondition condition, FieldRow row) {
        String key = row.field().getKey();
        return switch (row.field().getType()) {
            case TEXT -> condition instanceof CustomTextEquals c && c.field().equals(key);
            case NUMBER -> condition instanceof CustomNumberBetween c && c.field().equals(key);
            case DATE -> condition instanceof CustomDateBetween c && c.field().equals(key);
            case CHOICE -> condition instanceof CustomChoiceIn c && c.field().equals(key)
                    && row.field().getChoices().containsAll(c.choices());
        };
    }

    @Override
    void read(CriteriaReading reading) {
        for (FieldRow row : rows.values()) {
            String key = row.field().getKey();
            List<Control> controls = row.controls();
            switch (row.field().getType()) {
                case TEXT -> {
                    String value = ((Text) controls.get(0)).getText().trim();
                    if (!value.isEmpty()) {
                        reading.add(new CustomTextEquals(key, value), controls.get(0));
                    }
                }
                case NUMBER -> {
                    BigDecimal min = FormValues.decimal((Text) controls.get(0), reading);
                    BigDecimal max = FormValues.decimal((Text) controls.get(1), reading);
                    if (min != null || max != null) {
                        reading.tryAdd(() -> new CustomNumberBetween(key, min, max), controls.get(min != null ? 0 : 1));
                    }
                }
                case DATE -> {
                    LocalDate from = FormValues.date((Text) controls.get(0), reading);
                    LocalDate to = FormValues.date((Text) controls.get(1), reading);
                    if (from != null || to != null) {
                        reading.tryAdd(() -> new CustomDateBetween(key, from, to), controls.get(from != null ? 0 : 1));
                    }
                }
                case CHOICE -> {
                    List<String> ticked = controls.stream().map(Button.class::cast).filter(Button::getSelection)
                            .map(Button::getText).toList();
                    if (!ticked.isEmpty()) {
                        reading.add(new CustomChoiceIn(key, ticked), controls.get(0));
                    }
                }
            }
        }
    }
}
