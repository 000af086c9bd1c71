package org.rapport.loyalty.ui.internal;

/**
 * The person at this workbench, whom the ledger records with a manual adjustment: the operating system's user name,
 * as the other domains record the author of a change.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user name, at most 64 characters. */
    public static String name() {
        String user = System.getProperty("user.name", "");
        return user.length() > 64 ? user.substring(0, 64) : user;
    }
}
