package org.rapport.contacts.ui.internal.editor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.CustomFieldValue;
import org.rapport.contacts.model.Person;

/**
 * The custom fields of this installation, one typed control each: text, number, date, or a choice. A value is stored
 * as its type (so segments compare numbers as numbers); clearing a control removes the value.
 */
final class CustomFieldsSection {

    private CustomFieldsSection() {
    }

    /** Fills a two-column grid. */
    static void create(Binder b, Composite client, List<CustomFieldDefinition> fields) {
        if (fields.isEmpty()) {
            ListSections.hint(b, client, "No custom fields are defined for this installation.");
            return;
        }
        for (CustomFieldDefinition field : fields) {
            switch (field.getType()) {
                case TEXT -> text(b, client, field);
                case NUMBER -> number(b, client, field);
                case DATE -> date(b, client, field);
                case CHOICE -> choice(b, client, field);
            }
        }
    }

    static String fieldName(CustomFieldDefinition field) {
        return "customValues." + field.getKey();
    }

    private static Optional<CustomFieldValue> value(Binder b, CustomFieldDefinition field) {
        return b.copy().person().customValue(field.getKey());
    }

    /** Sets (or, with {@code null}, removes) the value as one edit of the custom values. */
    private static void set(Binder b, CustomFieldDefinition field, CustomFieldValue value, String typingKey) {
        Person probe = new Person();
        probe.getCustomValues().addAll(b.copy().person().getCustomValues());
        probe.setCustomValue(field.getKey(), value);
        String verb = typingKey == null ? "Change " : "Typing in ";
        b.copy().edit(verb + field.getLabel(), PersonField.CUSTOM_VALUES, List.copyOf(probe.getCustomValues()), typingKey);
    }

    private static void text(Binder b, Composite client, CustomFieldDefinition field) {
        b.label(client, field.getLabel() + ":");
        Text text = b.toolkit().createText(client, "", SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        String name = fieldName(field);
        b.bindText(text, name, () -> value(b, field).map(CustomFieldValue::display).orElse(""),
                typed -> set(b, field, typed.isBlank() ? null : CustomFieldValue.text(field.getKey(), typed.trim()), name));
    }

    private static void number(Binder b, Composite client, CustomFieldDefinition field) {
        b.label(client, field.getLabel() + ":");
        Text text = b.toolkit().createText(client, "", SWT.SINGLE | SWT.RIGHT);
        GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(text);
        String name = fieldName(field);
        b.bindText(text, name, () -> {
            BigDecimal shown = readOrNull(text.getText());
            BigDecimal model = value(b, field).map(CustomFieldValue::getNumber).orElse(null);
            return shown != null && model != null && shown.compareTo(model) == 0 ? text.getText()
                    : model == null ? "" : model.stripTrailingZeros().toPlainString();
        }, typed -> {
            try {
                BigDecimal number = Numbers.decimal(typed);
                b.messages().unreadable(text, null);
                set(b, field, number == null ? null : CustomFieldValue.number(field.getKey(), number), name);
            } catch (IllegalArgumentException unreadable) {
                b.messages().unreadable(text, unreadable.getMessage());
            }
        });
    }

    private static BigDecimal readOrNull(String text) {
        try {
            return Numbers.decimal(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void date(Binder b, Composite client, CustomFieldDefinition field) {
        PersonField<LocalDate> dateField = new PersonField<>(field.getLabel(),
                p -> p.customValue(field.getKey()).map(CustomFieldValue::getDate).orElse(null),
                (p, date) -> p.setCustomValue(field.getKey(), date == null ? null : CustomFieldValue.date(field.getKey(), date)));
        // the date field edits the custom values through its own field; undo puts the date back the same way
        b.date(client, field.getLabel() + ":", fieldName(field), dateField, d -> { });
    }

    private static void choice(Binder b, Composite client, CustomFieldDefinition field) {
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(field.getChoices());
        b.label(client, field.getLabel() + ":");
        Combo combo = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
        b.toolkit().adapt(combo, true, false);
        combo.setItems(choices.stream().map(c -> c.isEmpty() ? "(none)" : c).toArray(String[]::new));
        GridDataFactory.swtDefaults().applyTo(combo);
        combo.setData(BinderKeys.FIELD, fieldName(field));
        b.messages().register(fieldName(field), combo);
        b.onRefresh(() -> {
            String current = value(b, field).map(CustomFieldValue::getText).orElse("");
            combo.select(Math.max(0, choices.indexOf(current)));
        });
        combo.addListener(SWT.Selection, e -> {
            if (!b.isUpdating() && combo.getSelectionIndex() >= 0) {
                String picked = choices.get(combo.getSelectionIndex());
                set(b, field, picked.isEmpty() ? null : CustomFieldValue.text(field.getKey(), picked), null);
            }
        });
    }
}
