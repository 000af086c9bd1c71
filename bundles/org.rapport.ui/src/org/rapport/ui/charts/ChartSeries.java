package org.rapport.ui.charts;

import java.util.Arrays;
import java.util.Objects;

/**
 * One labelled series of a {@link BarChart}: a value per category, in the chart's category order.
 *
 * @param label  shown in the legend, e.g. a rep's name or "Weighted"
 * @param values one per category; missing categories count as 0
 */
public record ChartSeries(String label, double[] values) {

    /** Checks the parts and copies the values. */
    public ChartSeries {
        Objects.requireNonNull(label, "label");
        values = values.clone();
    }

    /** The values (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The sum of the values. */
    public double total() {
        return Arrays.stream(values).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChartSeries s && s.label.equals(label) && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return label + Arrays.toString(values);
    }
}
