package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.access.CommittedChange;

/**
 * Sends this process's committed changes as {@code NOTIFY rapport} (through {@code pg_notify} with a bound payload, see
 * {@link ChangeMessage}) on one connection of its own, on a thread of its own: a save never waits for it, and a server
 * that went away costs a log line, not a failed save. On embedded Derby it sends nothing.
 */
public final class ChangeNotifier implements ChangeBroadcast, AutoCloseable {


    private final String origin;
    private final Supplier<JdbcAccess> database;
    private final ExecutorService sender;
    /** The database, once known; null until the first change. Only the sender thread uses the fields below. */
    private JdbcAccess jdbc;
    private Connection connection;
    private PreparedStatement notify;
    private boolean failureLogged;
    /** Set once the database turned out not to be PostgreSQL: changes are then dropped at once. */
    private volatile boolean silent;

    /** A notifier for the changes of a database opened outside OSGi (see {@code StandaloneDatabase}). */
    public ChangeNotifier(RapportDatabaseService database) {
        this(newOrigin(), database::jdbc);
    }

    /**
     * @param origin   this process's name in the messages (see {@link ChangeMessage})
     * @param database the database's JDBC access, asked for on the first change (it may not be resolvable earlier)
     */
    ChangeNotifier(String origin, Supplier<JdbcAccess> database) {
        this.origin = origin;
        this.database = database;
        this.sender = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "Rapport change notifications");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A new name for a process in change messages: unique per start, even between hosts. */
    static String newOrigin() {
        return UUID.randomUUID().toString();
    }

    /** This process's name in the messages it sends. */
    String origin() {
        return origin;
    }

    /**
     * Opens the sending connection now, on the sender's thread, if the database is PostgreSQL: the first change then
     * goes out without waiting for a login.
     */
    public void warmUp() {
        try {
            sender.execute(() -> {
                try {
                    ready();
                } catch (SQLException | RuntimeException e) {
                    disconnect(); // the first change tries again and reports
                }
            });
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    @Override
    public void committed(CommittedChange change) {
        if (silent) {
            return;
        }
        String payload = new ChangeMessage(origin, change).toJson();
        try {
            sender.execute(() -> send(payload));
        } catch (RejectedExecutionException e) {
            // closed: the process is stopping
        }
    }

    private void send(String payload) {
        try {
            if (!ready()) {
                return;
            }
            notify.setString(1, ChangeMessage.CHANNEL);
            notify.setString(2, payload);
            notify.execute();
            if (failureLogged) {
                failureLogged = false;
                LiveChangesLog.info("Other Rapport processes are told about changes again ("
                        + jdbc.settings().displayLocation() + ").");
            }
        } catch (SQLException | DatabaseException e) {
            disconnect();
            if (!failureLogged) {
                failureLogged = true;
                LiveChangesLog.warn("Could not tell other Rapport processes about a change; their views refresh later: "
                        + e.getMessage());
            }
        } catch (RuntimeException e) {
            // e.g. settings that cannot be resolved: the save itself reports those
            LiveChangesLog.error("Could not tell other Rapport processes about a change", e);
        }
    }

    /** Connects if needed; whether there is a PostgreSQL database to notify. */
    private boolean ready() throws SQLException {
        if (jdbc == null) {
            jdbc = database.get();
        }
        if (!jdbc.settings().isPostgreSql()) {
            silent = true;
            return false;
        }
        if (notify == null) {
            connection = jdbc.connect();
            connection.setAutoCommit(true);
            notify = connection.prepareStatement("SELECT pg_notify(?, ?)");
        }
        return true;
    }

    private void disconnect() {
        Connection open = connection;
        connection = null;
        notify = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                // already broken
            }
        }
    }

    /** Sends what is queued (waiting a few seconds at most), then closes the connection. */
    @Override
    public void close() {
        sender.shutdown();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.shutdownNow();
        disconnect();
    }
}
