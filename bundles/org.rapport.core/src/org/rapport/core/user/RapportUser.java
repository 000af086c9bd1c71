package org.rapport.core.user;

/**
 * Who is working at this Rapport: the name recorded on what they create and change (created by, updated by) and the
 * owner of what they start (deals, activities, cases). An OSGi service; the database service provides it, because where
 * the name comes from depends on the database:
 * <ul>
 * <li>a team server database (PostgreSQL): the database login, so colleagues on the same server see who did what and
 * nobody can record a change under another's name;</li>
 * <li>the embedded database of a laptop: the preference {@value #PREFERENCE_NODE}/{@value #PREFERENCE_KEY} (Window &gt;
 * Preferences &gt; Rapport), by default the operating system's user name.</li>
 * </ul>
 * The name is read on every call, so a changed preference applies to the next save.
 */
public interface RapportUser {

    /** The preference node that holds the name on a laptop. */
    String PREFERENCE_NODE = "org.rapport.core";

    /** The preference key that holds the name on a laptop. */
    String PREFERENCE_KEY = "user.name";

    /** The longest name records hold; a longer one is cut. */
    int MAX_LENGTH = 64;

    /** The user's name, at most {@link #MAX_LENGTH} characters, never {@code null}. */
    String name();

    /**
     * Whether the name is the team server's database login (the preference is then not used and a preference page
     * should say so).
     */
    boolean isDatabaseLogin();

    /** Cuts a name to {@link #MAX_LENGTH} characters; {@code null} becomes empty. */
    static String fit(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }
}
