package org.rapport.persistence.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * Backs up a PostgreSQL database with the server's own tool, {@code pg_dump} (custom format, restorable with
 * {@code pg_restore}). It is looked for in the system property {@code rapport.pg_dump}, then on the {@code PATH}, then
 * in Debian's {@code /usr/lib/postgresql/VERSION/bin} (newest first). When it is not installed, the message gives the
 * exact command to run elsewhere.
 */
final class PgDump {

    /** The file a backup folder holds. */
    static final String FILE_NAME = "rapport.dump";
    /** The system property naming the pg_dump executable to use. */
    static final String TOOL_PROPERTY = "rapport.pg_dump";
    private static final long TIMEOUT_MINUTES = 120;

    private final DatabaseSettings settings;

    PgDump(DatabaseSettings settings) {
        this.settings = settings;
    }

    /**
     * Dumps the database into {@code target/rapport.dump}.
     *
     * @return the folder holding the dump
     * @throws DatabaseException {@code BACKUP} when pg_dump is missing (the message says what to run) or fails
     */
    Path backup(Path target) {
        Path folder = target.toAbsolutePath().normalize();
        Path file = folder.resolve(FILE_NAME);
        Optional<Path> tool = locate();
        if (tool.isEmpty()) {
            throw new DatabaseException(Reason.BACKUP, "pg_dump (PostgreSQL's client tools) is not installed here"
                    + configuredToolMissing() + ", so Rapport cannot back up " + settings.displayLocation()
                    + ". Install the package postgresql-client, or run on a machine that has it: "
                    + sslModePrefix() + String.join(" ", command(Path.of("pg_dump"), file))
                    + " (it asks for the password, or set PGPASSWORD).");
        }
        List<String> command = command(tool.get(), file);
        try {
            Files.createDirectories(folder);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", settings.password());
            if (!settings.sslMode().isEmpty()) {
                builder.environment().put("PGSSLMODE", settings.sslMode());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw failure(command, "it did not finish within " + TIMEOUT_MINUTES + " minutes", null);
            }
            if (process.exitValue() != 0) {
                throw failure(command, "exit code " + process.exitValue() + (output.isEmpty() ? "" : ": " + output), null);
            }
        } catch (IOException e) {
            throw failure(command, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(command, "interrupted", e);
        }
        return folder;
    }

    private DatabaseException failure(List<String> command, String what, Throwable cause) {
        return new DatabaseException(Reason.BACKUP, "The backup of " + settings.displayLocation() + " with '"
                + String.join(" ", command) + "' failed (" + what + "). Check that pg_dump's major version is at least"
                + " the server's and that the folder is writable.", cause);
    }

    /**
     * The refusal to restore a server database from here, with the {@code pg_restore} command that does it: a team's
     * database is replaced by its administrator, after every Rapport on it was closed, not by one Rapport.
     *
     * @param backup the folder {@link #backup} wrote, or the dump file in it
     */
    DatabaseException restoreRefused(Path backup) {
        Path given = backup.toAbsolutePath().normalize();
        Path file = Files.isDirectory(given) ? given.resolve(FILE_NAME) : given;
        if (!Files.isRegularFile(file)) {
            return new DatabaseException(Reason.BACKUP, given + " holds no PostgreSQL backup of Rapport (no " + FILE_NAME
                    + "). Give the folder that 'rapport-cli backup DIR' wrote.");
        }
        List<String> command = new ArrayList<>(List.of("pg_restore", "--clean", "--if-exists", "--single-transaction"));
        command.addAll(connectionOptions());
        command.add(file.toString());
        return new DatabaseException(Reason.BACKUP, "Rapport does not replace the server database "
                + settings.displayLocation() + " itself: the whole team works on it. Close every Rapport and rapport-cli"
                + " that uses it, then restore it with PostgreSQL's tools: " + sslModePrefix() + String.join(" ", command)
                + " (it asks for the password, or set PGPASSWORD).");
    }

    /** {@code pg_dump --format=custom --file FILE --host H --port P --username U --dbname DB}. */
    List<String> command(Path tool, Path file) {
        List<String> command = new ArrayList<>(List.of(tool.toString(), "--format=custom", "--file", file.toString()));
        command.addAll(connectionOptions());
        return command;
    }

    /** {@code --host H --port P --username U --dbname DB}, as far as the URL and the settings say. */
    private List<String> connectionOptions() {
        Target where = target();
        List<String> command = new ArrayList<>();
        if (!where.host().isEmpty()) {
            command.addAll(List.of("--host", where.host()));
        }
        if (where.port() > 0) {
            command.addAll(List.of("--port", Integer.toString(where.port())));
        }
        if (!settings.user().isEmpty()) {
            command.addAll(List.of("--username", settings.user()));
        }
        command.addAll(List.of("--dbname", where.database()));
        return command;
    }

    private record Target(String host, int port, String database) {
    }

    /** Host, port and database of {@code jdbc:postgresql://host:port/database?parameters}. */
    private Target target() {
        String url = settings.url();
        try {
            URI uri = new URI(url.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath();
            return new Target(uri.getHost() == null ? "" : uri.getHost(), uri.getPort(),
                    path.startsWith("/") ? path.substring(1) : path);
        } catch (URISyntaxException e) {
            throw new DatabaseException(Reason.BACKUP, "The database URL " + settings.displayLocation()
                    + " cannot be read for pg_dump: " + e.getMessage(), e);
        }
    }

    /** {@code PGSSLMODE=require } before a command for people, when the URL asks for TLS. */
    private String sslModePrefix() {
        return settings.sslMode().isEmpty() ? "" : "PGSSLMODE=" + settings.sslMode() + " ";
    }

    private static String configuredToolMissing() {
        String configured = System.getProperty(TOOL_PROPERTY);
        return configured == null || configured.isBlank() ? ""
                : " (the system property " + TOOL_PROPERTY + " names " + configured + ", which is not an executable file)";
    }

    /**
     * The pg_dump to use: the one the system property {@code rapport.pg_dump} names (none when that is not an
     * executable file), else the first on the {@code PATH}, else the newest in Debian's {@code /usr/lib/postgresql}.
     */
    static Optional<Path> locate() {
        String configured = System.getProperty(TOOL_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path tool = Path.of(configured);
            return Files.isExecutable(tool) && !Files.isDirectory(tool) ? Optional.of(tool) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, "pg_dump");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin/pg_dump")).filter(Files::isExecutable)
                    .max(Comparator.comparingInt(PgDump::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path tool) {
        try {
            return Integer.parseInt(tool.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
