package org.rapport.loyalty.ui;

/** Identifiers of the Loyalty perspective's parts, for plugin.xml files and code of other bundles. */
public final class LoyaltyUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.rapport.loyalty.ui";
    /** The Loyalty perspective. */
    public static final String PERSPECTIVE_ID = "org.rapport.loyalty.ui.perspective";
    /** The members of a program, a page at a time. */
    public static final String MEMBERS_VIEW_ID = "org.rapport.loyalty.ui.view.members";
    /**
     * The card of the member picked anywhere (a member, or any selection that adapts to a contact): points, tier,
     * progress, next expiry and the ledger. It is also a tab beside the Timeline in the Contacts perspective.
     */
    public static final String CARD_VIEW_ID = "org.rapport.loyalty.ui.view.card";
    /** The rewards catalog of a program, with redemption for the picked member. */
    public static final String REWARDS_VIEW_ID = "org.rapport.loyalty.ui.view.rewards";
    /** The programs: settings, tiers, earning rules, rewards and the simulator. */
    public static final String PROGRAMS_VIEW_ID = "org.rapport.loyalty.ui.view.programs";
    /** Points issued, redeemed and expired per month, and the liability. */
    public static final String DASHBOARD_VIEW_ID = "org.rapport.loyalty.ui.view.dashboard";
    /** Enrols a contact or a segment in a program. */
    public static final String ENROL_COMMAND_ID = "org.rapport.loyalty.ui.command.enrol";
    /** Imports purchases and refunds from a CSV file into a program. */
    public static final String IMPORT_TRANSACTIONS_COMMAND_ID = "org.rapport.loyalty.ui.command.importTransactions";

    private LoyaltyUi() {
    }
}
