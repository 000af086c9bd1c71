package org.rapport.loyalty.ui.internal.programs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.Tier;

/**
 * A new loyalty program: name, currency, points per unit spent, pending days, expiry months, what a point is worth,
 * the base tier and the tiers above it ({@code NAME:THRESHOLD:MULTIPLIER} a line, as the command line takes them).
 */
public final class NewProgramDialog extends FormDialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "New Loyalty Program";

    private Text name;
    private Text currency;
    private Text pointsPerUnit;
    private Text pendingDays;
    private Text expiryMonths;
    private Text pointValue;
    private Text baseTier;
    private Text tiers;
    private ProgramDraft draft;

    public NewProgramDialog(Shell parent) {
        super(parent, TITLE, "&Create");
    }

    @Override
    void createFields(Composite form) {
        setMessage("Purchases earn points per unit spent times the member's tier multiplier; points are pending for"
                + " the pending days and expire at the end of the month the expiry months after earning.");
        name = field(form, "&Name:", "", "e.g. Rapport Rewards", SWT.NONE);
        currency = field(form, "&Currency:", localCurrency(), "EUR", SWT.NONE);
        pointsPerUnit = field(form, "&Points per unit:", "1", "points per unit of currency spent", SWT.NONE);
        pendingDays = field(form, "P&ending days:", Integer.toString(ProgramDraft.DEFAULT_PENDING_DAYS),
                "days before earned points can be spent", SWT.NONE);
        expiryMonths = field(form, "E&xpiry months:", Integer.toString(ProgramDraft.DEFAULT_EXPIRY_MONTHS),
                "0: points never expire", SWT.NONE);
        pointValue = field(form, "Point &value:", ProgramDraft.DEFAULT_POINT_VALUE.toPlainString(),
                "what a point is worth in the currency", SWT.NONE);
        baseTier = field(form, "&Base tier:", ProgramDraft.DEFAULT_BASE_TIER, "every new member's tier", SWT.NONE);
        tiers = field(form, "&Tiers above:", "", "Silver:1000:1.25\nGold:5000:1.5", SWT.MULTI | SWT.V_SCROLL);
    }

    /** The currency of the user's country, or EUR when the locale names no country (e.g. plain "en"). */
    static String localCurrency() {
        try {
            return Currency.getInstance(Locale.getDefault()).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            return "EUR";
        }
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

    private ProgramDraft parse() {
        if (name.getText().isBlank()) {
            throw new IllegalArgumentException("Give the program a name.");
        }
        String code = currency.getText().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("The currency is a three-letter ISO code, like EUR.");
        }
        BigDecimal perUnit = Parsing.decimal(pointsPerUnit.getText(), "Points per unit", true);
        int pending = Parsing.wholeNumber(pendingDays.getText(), "Pending days", 0);
        int expiry = Parsing.wholeNumber(expiryMonths.getText(), "Expiry months", 0);
        BigDecimal value = Parsing.decimal(pointValue.getText(), "The point value", false);
        if (baseTier.getText().isBlank()) {
            throw new IllegalArgumentException("Name the base tier, e.g. Member.");
        }
        List<Tier> above = Parsing.tiers(tiers.getText());
        return new ProgramDraft(name.getText().strip(), code, perUnit, pending, expiry, value, baseTier.getText().strip(),
                above);
    }

    @Override
    void accept() {
        draft = parse();
    }

    /** The program to create, after OK. */
    public ProgramDraft draft() {
        return draft;
    }
}
