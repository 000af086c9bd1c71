package org.rapport.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Points the database service at the database chosen with {@code --db} for one command line, and back afterwards.
 * The service reads its settings from the system properties {@code rapport.db.url}, {@code rapport.db.user} and
 * {@code rapport.db.password} (before the preferences), so they are set for the run; the password is taken from the
 * environment variable {@code RAPPORT_DB_PASSWORD} when it is set, else the service finds it in secure storage. A
 * service that already opened another database is restarted, before and after the run.
 */
final class DatabaseSwitch implements AutoCloseable {

    static final String URL_PROPERTY = "rapport.db.url";
    static final String USER_PROPERTY = "rapport.db.user";
    static final String PASSWORD_PROPERTY = "rapport.db.password";
    static final String PASSWORD_VARIABLE = "RAPPORT_DB_PASSWORD";

    private final Map<String, String> previous = new LinkedHashMap<>();
    private final DatabaseComponent database;
    private final boolean switched;

    private DatabaseSwitch(DatabaseComponent database, boolean switched) {
        this.database = database;
        this.switched = switched;
    }

    /**
     * Applies the choice and checks that the chosen database can be reached.
     *
     * @param environment the process environment, for the password
     * @throws org.rapport.persistence.DatabaseException when the chosen database cannot be used (the properties are
     *                                                   restored first)
     */
    static DatabaseSwitch apply(DatabaseChoice choice, DatabaseComponent database, Function<String, String> environment) {
        DatabaseSwitch applied = new DatabaseSwitch(database, choice.switches());
        if (!choice.switches()) {
            // --db-user alone does not touch the workspace's database: embedded Derby would take it for its schema
            return applied;
        }
        applied.set(URL_PROPERTY, choice.url());
        if (choice.user() != null) {
            applied.set(USER_PROPERTY, choice.user());
        }
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password != null && !password.isEmpty()) {
            applied.set(PASSWORD_PROPERTY, password);
        }
        try {
            if (!choice.expectedLocation().equals(database.admin().info().location())) {
                database.restart();
                database.admin().info(); // connects now: a wrong password is one message, before any command runs
            }
        } catch (RuntimeException e) {
            applied.close();
            throw e;
        }
        return applied;
    }

    private void set(String property, String value) {
        previous.put(property, System.getProperty(property));
        System.setProperty(property, value);
    }

    /** Restores the properties and restarts the service on the database configured without {@code --db}. */
    @Override
    public void close() {
        previous.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
        previous.clear();
        if (switched) {
            database.restart();
        }
    }
}
