package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.rapport.persistence.DatabaseException;

/**
 * Listens to {@code NOTIFY rapport} on one dedicated connection ({@code LISTEN rapport}, then pgjdbc's
 * {@link PGConnection#getNotifications(int)}, which waits on the socket: no table is polled) and hands every change
 * message of another process to a consumer, on its own thread. When the connection breaks (the server restarted, the
 * network went away) it logs once and connects again every {@link #RETRY_MS} ms until it is back. Notifications sent
 * while nobody listened are lost (the server keeps none for a connection that is gone), so once it listens again it
 * says so to a second consumer, which has views read everything again; not after the first connect, when no view can
 * have missed anything yet. On a database that is not PostgreSQL the thread ends at once: this class is the only one
 * that needs the driver's own API.
 */
final class ChangeListener implements AutoCloseable {

    /** How long one wait for notifications lasts; also how soon {@link #close()} is noticed. */
    static final int WAIT_MS = 500;
    /** Between attempts to connect again. */
    static final int RETRY_MS = 1_000;
    /** After this long without a notification the connection is checked (a server gone without a word). */
    static final long CHECK_IDLE_MS = 10_000;


    private final Supplier<JdbcAccess> database;
    private JdbcAccess jdbc;
    private final String ownOrigin;
    private final Consumer<ChangeMessage> consumer;
    private final Runnable missedChanges;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;
    private Connection connection;

    /** Starts listening; a connection lost for a while is not reported (a witness in tests). */
    ChangeListener(Supplier<JdbcAccess> database, String ownOrigin, Consumer<ChangeMessage> consumer) {
        this(database, ownOrigin, consumer, () -> { });
    }

    /**
     * Starts listening.
     *
     * @param database      the database, asked for on the listener's thread (resolving the settings may take a moment)
     * @param ownOrigin     messages from this origin (this process's own changes) are skipped
     * @param consumer      told each change of another process, on the listener's thread
     * @param missedChanges told, on the listener's thread, each time it listens again after the connection was lost:
     *                      changes of other processes may have been missed meanwhile
     */
    ChangeListener(Supplier<JdbcAccess> database, String ownOrigin, Consumer<ChangeMessage> consumer,
            Runnable missedChanges) {
        this.database = database;
        this.ownOrigin = ownOrigin;
        this.consumer = consumer;
        this.missedChanges = missedChanges;
        this.thread = new Thread(this::run, "Rapport live changes (LISTEN " + ChangeMessage.CHANNEL + ")");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the LISTEN is in place now (for tests: changes committed from now on arrive). */
    boolean isListening() {
        return listening;
    }

    private void run() {
        try {
            jdbc = database.get();
        } catch (RuntimeException e) {
            return; // settings that cannot be resolved: opening the database reports them
        }
        if (!jdbc.settings().isPostgreSql()) {
            return;
        }
        boolean lostLogged = false;
        boolean connectedBefore = false;
        while (running) {
            try {
                if (connection == null) {
                    connect();
                    if (lostLogged) {
                        LiveChangesLog.info("Live updates from other Rapport processes are back (" + where()
                                + "); open views read everything again.");
                        lostLogged = false;
                    }
                    if (connectedBefore) {
                        missedChanges.run(); // after the LISTEN: a change committed from now on arrives as well
                    }
                    connectedBefore = true;
                }
                receive();
            } catch (SQLException | DatabaseException e) {
                disconnect();
                if (running && !lostLogged) {
                    lostLogged = true;
                    LiveChangesLog.warn("Lost the connection for live updates from other Rapport processes (" + where()
                            + "); connecting again every " + RETRY_MS / 1000 + " s: " + e.getMessage());
                }
                pause();
            } catch (RuntimeException e) {
                LiveChangesLog.error("A live update from another Rapport process could not be handled", e);
            }
        }
        disconnect();
    }

    private void connect() throws SQLException {
        Connection c = jdbc.connect();
        try {
            c.setAutoCommit(true);
            try (Statement listen = c.createStatement()) {
                listen.execute("LISTEN " + ChangeMessage.CHANNEL);
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        connection = c;
        listening = true;
    }

    private void receive() throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long idleSince = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MS);
            if (notifications != null && notifications.length > 0) {
                idleSince = System.currentTimeMillis();
                for (PGNotification notification : notifications) {
                    deliver(notification);
                }
            } else if (System.currentTimeMillis() - idleSince > CHECK_IDLE_MS) {
                if (!connection.isValid(2)) {
                    throw new SQLException("the server does not answer", "08006");
                }
                idleSince = System.currentTimeMillis();
            }
        }
    }

    private void deliver(PGNotification notification) {
        if (!ChangeMessage.CHANNEL.equals(notification.getName())) {
            return;
        }
        ChangeMessage message;
        try {
            message = ChangeMessage.parse(notification.getParameter());
        } catch (IllegalArgumentException e) {
            LiveChangesLog.warn("Ignored a notification on channel '" + ChangeMessage.CHANNEL
                    + "' that is not a Rapport change: " + e.getMessage());
            return;
        }
        if (!message.origin().equals(ownOrigin)) {
            consumer.accept(message);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void disconnect() {
        listening = false;
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                // already broken
            }
        }
    }

    private String where() {
        return jdbc.settings().displayLocation();
    }

    /** Stops listening and closes the connection (within about {@link #WAIT_MS} ms). */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(WAIT_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
