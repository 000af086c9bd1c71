package org.rapport.loyalty.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.commons.csv.CSVRecord;

/** Reads one CSV record into a {@link TransactionRow}, or says in a user's words why it cannot. */
final class RowReader {

    /** A row that could not be read, with the reason. */
    static final class BadRow extends Exception {
        private static final long serialVersionUID = 1L;

        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private RowReader() {
    }

    /** Reads a record; {@code categoryColumn} is the optional category column's index, or -1. */
    static TransactionRow read(CSVRecord record, long line, int categoryColumn) throws BadRow {
        if (record.size() < 7) {
            throw new BadRow("has " + record.size() + " columns, needs 7");
        }
        String dateText = record.get(0).trim();
        LocalDate day;
        try {
            day = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad date '" + dateText + "' (expected YYYY-MM-DD)");
        }
        String email = record.get(1).trim();
        if (email.isEmpty()) {
            throw new BadRow("no email");
        }
        String amountText = record.get(2).trim();
        BigDecimal amount;
        try {
            amount = new BigDecimal(amountText);
        } catch (NumberFormatException e) {
            throw new BadRow("non-numeric amount '" + amountText + "'");
        }
        String type = record.get(5).trim().toLowerCase(java.util.Locale.ROOT);
        boolean refund = type.equals("refund");
        if (!refund && !type.equals("purchase")) {
            throw new BadRow("unknown type '" + record.get(5).trim() + "' (purchase or refund)");
        }
        if (amount.signum() < 0 || (refund && amount.signum() == 0)) {
            throw new BadRow((amount.signum() < 0 ? "negative amount " : "zero refund amount ") + amountText);
        }
        String reference = record.get(4).trim();
        if (reference.isEmpty()) {
            throw new BadRow("no reference");
        }
        if (reference.length() > 100) {
            throw new BadRow("reference longer than 100 characters");
        }
        String refunds = record.get(6).trim();
        if (refund && refunds.isEmpty()) {
            throw new BadRow("refund " + reference + " names no purchase in 'refunds'");
        }
        String category = categoryColumn >= 0 && categoryColumn < record.size() ? record.get(categoryColumn).trim() : "";
        return new TransactionRow(line, day, email, amount, record.get(3).trim(), reference, refund, refunds,
                category.isEmpty() ? null : category);
    }
}
