package org.rapport.loyalty.ui.internal.programs;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.loyalty.RewardDraft;

/** A new reward of a program's catalog: code, name, price in points, stock (empty: unlimited) and validity. */
public final class RewardDialog extends FormDialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "New Reward";

    private final String programName;
    private Text code;
    private Text name;
    private Text points;
    private Text stock;
    private Text validFrom;
    private Text validTo;
    private RewardDraft draft;

    public RewardDialog(Shell parent, String programName) {
        super(parent, TITLE, "&Add");
        this.programName = programName;
    }

    @Override
    void createFields(Composite form) {
        setMessage("A reward of " + programName + ". Members redeem it with their available points.");
        code = field(form, "C&ode:", "", "e.g. COFFEE (letters, digits, - and _)", SWT.NONE);
        name = field(form, "&Name:", "", "what the member gets", SWT.NONE);
        points = field(form, "&Points:", "", "its price in points", SWT.NONE);
        stock = field(form, "&Stock:", "", "empty: unlimited", SWT.NONE);
        validFrom = field(form, "Valid &from:", "", "empty, or a date like 2026-12-01", SWT.NONE);
        validTo = field(form, "Valid &to:", "", "empty, or a date like 2026-12-31", SWT.NONE);
    }

    @Override
    String problem() {
        try {
            parse();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private RewardDraft parse() {
        String typedCode = code.getText().strip();
        if (!typedCode.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("The code is letters, digits, '-' and '_', like COFFEE.");
        }
        long price = Parsing.wholeNumber(points.getText(), "The price in points", 1);
        Integer count = stock.getText().isBlank() ? null : Parsing.wholeNumber(stock.getText(), "The stock", 0);
        LocalDate from = Parsing.date(validFrom.getText(), "Valid from");
        LocalDate to = Parsing.date(validTo.getText(), "Valid to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Valid to is on or after valid from.");
        }
        return new RewardDraft(typedCode, name.getText().isBlank() ? null : name.getText().strip(), price, count, from,
                to);
    }

    @Override
    void accept() {
        draft = parse();
    }

    /** The reward to add, after OK. */
    public RewardDraft draft() {
        return draft;
    }
}
