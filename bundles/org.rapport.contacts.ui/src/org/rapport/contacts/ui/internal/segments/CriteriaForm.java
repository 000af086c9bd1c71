package org.rapport.contacts.ui.internal.segments;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.segments.SegmentCondition;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentCriteria.Match;

/**
 * The criteria part of the segment dialog: whether all or any conditions must hold, then groups for demographics,
 * tags, social footprint and custom fields. Conditions the groups cannot show (a second social network, "income at
 * most") are kept as they are and listed at the bottom, so editing a segment written elsewhere loses nothing.
 */
final class CriteriaForm {

    final Button matchAll;
    final Button matchAny;
    final DemographicRows demographics;
    final TagAndSocialRows tagsAndSocial;
    final CustomFieldRows customFields;
    private final Label kept;
    private List<SegmentCondition> others = List.of();

    CriteriaForm(Composite parent, List<CustomFieldDefinition> fields, Runnable changed) {
        Composite match = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(match);
        new Label(match, SWT.NONE).setText("Members meet");
        matchAll = radio(match, "all of these conditions", "match.all", changed);
        matchAny = radio(match, "any of them", "match.any", changed);
        matchAll.setSelection(true);
        demographics = new DemographicRows(parent, changed);
        tagsAndSocial = new TagAndSocialRows(parent, changed);
        customFields = new CustomFieldRows(parent, fields, changed);
        kept = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).exclude(true).applyTo(kept);
        kept.setVisible(false);
    }

    private static Button radio(Composite parent, String label, String field, Runnable changed) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(label);
        button.setData(Widgets.FIELD, field);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection()) {
                changed.run();
            }
        });
        return button;
    }

    /** Shows saved criteria. */
    void load(SegmentCriteria criteria) {
        matchAll.setSelection(criteria.match() == Match.ALL);
        matchAny.setSelection(criteria.match() == Match.ANY);
        List<SegmentCondition> left = new ArrayList<>(criteria.conditions());
        demographics.load(left);
        tagsAndSocial.load(left);
        customFields.load(left);
        others = List.copyOf(left);
        boolean any = !others.isEmpty();
        kept.setText(any ? "Also kept as saved: " + String.join("; ", others.stream().map(SegmentCondition::toText).toList())
                : "");
        kept.setVisible(any);
        ((org.eclipse.swt.layout.GridData) kept.getLayoutData()).exclude = !any;
    }

    /** Reads the widgets: the criteria, or what cannot be read and where. */
    CriteriaReading read() {
        CriteriaReading reading = new CriteriaReading();
        demographics.read(reading);
        tagsAndSocial.read(reading);
        customFields.read(reading);
        others.forEach(condition -> reading.add(condition, kept));
        return reading;
    }

    Match match() {
        return matchAny.getSelection() ? Match.ANY : Match.ALL;
    }
}
