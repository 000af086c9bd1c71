package org.rapport.loyalty.ui.internal.card;

import java.util.List;

import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.ui.table.Column;

/** The columns of a member's ledger on the card: every change with its reason, who made it and its lot's dates. */
final class LedgerColumns {

    private LedgerColumns() {
    }

    static List<Column<LedgerEntry>> columns() {
        return List.of(new Column<>("Date", 85, e -> LoyaltyFormats.date(e.day())),
                new Column<>("Type", 70, e -> type(e)),
                new Column<>("Points", 70, e -> LoyaltyFormats.signedPoints(e.points())),
                new Column<>("Reason", 220, e -> e.reason() == null ? "" : e.reason()),
                new Column<>("Reference", 100, e -> e.reference() == null ? "" : e.reference()),
                new Column<>("Available from", 95, e -> LoyaltyFormats.date(e.availableFrom())),
                new Column<>("Expires", 85, e -> LoyaltyFormats.date(e.expiresOn())),
                new Column<>("By", 80, e -> e.user() == null ? "" : e.user()));
    }

    /** "Earn", "Redeem"…: the entry type as a word. */
    static String type(LedgerEntry entry) {
        String name = entry.type().name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
