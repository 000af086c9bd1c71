package org.rapport.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.core.cli.UsageException;

/**
 * The database options every command takes, {@code --db JDBC_URL} and {@code --db-user USER}, taken out of the command
 * line wherever they stand (before or after the command's name, among its arguments), so that the command itself
 * never sees them.
 *
 * @param url  the JDBC URL given with {@code --db}, or {@code null} for the workspace's configured database
 * @param user the user given with {@code --db-user}, or {@code null}; it applies to the {@code --db} database (without
 *             {@code --db}, {@code db migrate} takes it for its target's user)
 * @param rest the command line without these options
 */
record DatabaseChoice(String url, String user, List<String> rest) {

    static final String DB = "--db";
    static final String DB_USER = "--db-user";

    /** Splits the database options from the rest of the command line. */
    static DatabaseChoice extract(List<String> args) throws UsageException {
        String url = null;
        String user = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.equals(DB) && !arg.equals(DB_USER)) {
                rest.add(arg);
                continue;
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new UsageException(arg + " needs a value, e.g. " + arg + " "
                        + (arg.equals(DB) ? "jdbc:postgresql://HOST:5432/rapport" : "USER"));
            }
            String value = args.get(++i);
            if (arg.equals(DB)) {
                if (url != null) {
                    throw new UsageException(DB + " is given twice");
                }
                if (!value.startsWith("jdbc:")) {
                    throw new UsageException(DB + " needs a JDBC URL such as jdbc:postgresql://HOST:5432/rapport, not '"
                            + value + "'");
                }
                url = value;
            } else {
                if (user != null) {
                    throw new UsageException(DB_USER + " is given twice");
                }
                user = value;
            }
        }
        return new DatabaseChoice(url, user, List.copyOf(rest));
    }

    /** Whether another database than the workspace's was chosen. */
    boolean switches() {
        return url != null;
    }

    /**
     * The location the database service reports for the chosen URL (as {@code DatabaseInfo.location}): the directory
     * of an embedded Derby, else the URL without its parameters.
     */
    String expectedLocation() {
        String embedded = "jdbc:derby:";
        if (url.startsWith(embedded) && !url.startsWith("jdbc:derby://")) {
            String rest = url.substring(embedded.length());
            int attributes = rest.indexOf(';');
            return attributes < 0 ? rest : rest.substring(0, attributes);
        }
        int attributes = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = attributes < 0 ? query : query < 0 ? attributes : Math.min(attributes, query);
        return cut < 0 ? url : url.substring(0, cut);
    }
}
