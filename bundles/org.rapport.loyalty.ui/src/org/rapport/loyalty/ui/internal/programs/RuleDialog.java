package org.rapport.loyalty.ui.internal.programs;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;

/**
 * An earning rule: what it reacts to (a category of purchases, a won deal, a satisfied complaint, a community
 * ambassador, a birthday), what it gives, when it applies. The loyalty domain's own checks ({@code problems}) are
 * shown as the user types.
 */
public final class RuleDialog extends FormDialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "Earning Rule";

    private final String programName;
    private final RuleDraft initial;
    private final Function<RuleDraft, List<String>> problems;
    private Combo kind;
    private Text name;
    private Text category;
    private Text multiplier;
    private Text points;
    private Text perUnit;
    private Text validFrom;
    private Text validTo;
    private RuleDraft draft;

    /**
     * @param initial  the rule to change, or {@code null} for a new one
     * @param problems the loyalty domain's check of a rule (fast: no database)
     */
    public RuleDialog(Shell parent, String programName, RuleDraft initial, Function<RuleDraft, List<String>> problems) {
        super(parent, TITLE, initial == null ? "&Add" : "&Save");
        this.programName = programName;
        this.initial = initial;
        this.problems = problems;
    }

    @Override
    void createFields(Composite form) {
        setMessage("A rule of " + programName + ": a category multiplies what its purchases earn; an event bonus is"
                + " given once per event and member.");
        Label kindLabel = new Label(form, SWT.NONE);
        kindLabel.setText("&Reacts to:");
        kind = new Combo(form, SWT.READ_ONLY);
        for (RuleKind k : RuleKind.values()) {
            kind.add(k.label());
        }
        kind.select(initial == null ? 0 : initial.kind().ordinal());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
        name = field(form, "&Name:", initial == null ? "" : initial.name(), "e.g. Thank you for your patience",
                SWT.NONE);
        category = field(form, "&Category:", initial == null || initial.category() == null ? "" : initial.category(),
                "a category rule's purchase category, e.g. coffee", SWT.NONE);
        multiplier = field(form, "&Multiplier:", initial == null ? "2" : plain(initial.multiplier()),
                "a category rule's multiplier", SWT.NONE);
        points = field(form, "&Points:", initial == null ? "100" : Long.toString(initial.points()),
                "an event bonus's points", SWT.NONE);
        perUnit = field(form, "Points per &unit:", initial == null ? "0" : plain(initial.pointsPerUnit()),
                "a won deal's extra points per unit of its amount", SWT.NONE);
        validFrom = field(form, "Valid &from:", initial == null ? "" : date(initial.validFrom()),
                "empty, or a date like 2026-01-01", SWT.NONE);
        validTo = field(form, "Valid &to:", initial == null ? "" : date(initial.validTo()),
                "empty, or a date like 2026-12-31", SWT.NONE);
        kind.addListener(SWT.Selection, e -> kindChanged());
        kindChanged();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String date(java.time.LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private RuleKind kind() {
        return RuleKind.values()[Math.max(0, kind.getSelectionIndex())];
    }

    private void kindChanged() {
        boolean isCategory = kind() == RuleKind.CATEGORY;
        category.setEnabled(isCategory);
        multiplier.setEnabled(isCategory);
        points.setEnabled(!isCategory);
        perUnit.setEnabled(kind() == RuleKind.DEAL_WON);
        validate();
    }

    @Override
    String problem() {
        try {
            List<String> found = problems.apply(parse());
            return found.isEmpty() ? null : found.get(0);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private RuleDraft parse() {
        RuleKind k = kind();
        boolean isCategory = k == RuleKind.CATEGORY;
        BigDecimal factor = isCategory ? Parsing.decimal(multiplier.getText(), "The multiplier", true) : null;
        long bonus = isCategory ? 0 : Parsing.wholeNumber(points.getText(), "The points", 0);
        BigDecimal unit = k == RuleKind.DEAL_WON ? Parsing.decimal(perUnit.getText(), "Points per unit", false) : null;
        return new RuleDraft(name.getText(), k, isCategory ? category.getText().strip() : null, factor, bonus, unit,
                Parsing.date(validFrom.getText(), "Valid from"), Parsing.date(validTo.getText(), "Valid to"),
                initial == null ? null : initial.segmentId(), initial == null ? null : initial.segmentName());
    }

    @Override
    void accept() {
        draft = parse();
    }

    /** The rule's settings, after OK. */
    public RuleDraft draft() {
        return draft;
    }

    /** The kind choice, for tests. */
    public Combo kindCombo() {
        return kind;
    }
}
