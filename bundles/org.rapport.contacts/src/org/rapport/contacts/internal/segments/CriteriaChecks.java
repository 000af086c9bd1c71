package org.rapport.contacts.internal.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.core.FieldProblem;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.CustomFieldType;
import org.rapport.contacts.segments.SegmentCondition;
import org.rapport.contacts.segments.SegmentCondition.CustomChoiceIn;
import org.rapport.contacts.segments.SegmentCondition.CustomDateBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomNumberBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomTextEquals;
import org.rapport.contacts.segments.SegmentCriteria;

/** Checks criteria against this installation's custom fields: the field exists, and is compared as its type. */
public final class CriteriaChecks {

    private CriteriaChecks() {
    }

    /** The problems, by condition ({@code conditions[i]}); empty when the criteria can be evaluated. */
    public static List<FieldProblem> problems(SegmentCriteria criteria, Map<String, CustomFieldDefinition> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < criteria.conditions().size(); i++) {
            SegmentCondition condition = criteria.conditions().get(i);
            String where = "conditions[" + i + "]";
            String key = switch (condition) {
                case CustomTextEquals c -> c.field();
                case CustomChoiceIn c -> c.field();
                case CustomNumberBetween c -> c.field();
                case CustomDateBetween c -> c.field();
                default -> null;
            };
            if (key == null) {
                continue;
            }
            CustomFieldDefinition field = fields.get(key);
            if (field == null) {
                problems.add(new FieldProblem(where, "There is no custom field '" + key + "'; the fields are "
                        + (fields.isEmpty() ? "not defined yet" : String.join(", ", fields.keySet().stream().sorted().toList()))
                        + "."));
                continue;
            }
            CustomFieldType expected = switch (condition) {
                case CustomTextEquals c -> CustomFieldType.TEXT;
                case CustomChoiceIn c -> CustomFieldType.CHOICE;
                case CustomNumberBetween c -> CustomFieldType.NUMBER;
                default -> CustomFieldType.DATE;
            };
            if (field.getType() != expected) {
                problems.add(new FieldProblem(where, "'" + field.getLabel() + "' is a " + field.getType().name().toLowerCase()
                        + " field; compare it as " + comparison(field.getType()) + "."));
            } else if (condition instanceof CustomChoiceIn choice) {
                for (String value : choice.choices()) {
                    if (!field.getChoices().contains(value)) {
                        problems.add(new FieldProblem(where, "'" + value + "' is not a choice of '" + field.getLabel()
                                + "'; the choices are " + String.join(", ", field.getChoices()) + "."));
                    }
                }
            }
        }
        return problems;
    }

    private static String comparison(CustomFieldType type) {
        return switch (type) {
            case TEXT -> "text (equals)";
            case CHOICE -> "a choice (one of)";
            case NUMBER -> "a number range";
            case DATE -> "a date range";
        };
    }
}
