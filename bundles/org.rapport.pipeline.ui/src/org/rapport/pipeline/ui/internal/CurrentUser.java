package org.rapport.pipeline.ui.internal;

/**
 * The rep at this workbench: the operating system's user name, the same the pipeline services record as the author of
 * changes and the demo data gives its deals and activities.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user name, at most 64 characters (what the services store). */
    public static String name() {
        String user = System.getProperty("user.name", "");
        return user.length() > 64 ? user.substring(0, 64) : user;
    }
}
