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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
            throw new DatabaseException(Reason.BACKUP, "pg_dump (PostgreSQL's client tools) is not installed here, so"
                    + " Rapport cannot back up " + settings.displayLocation() + ". Install the package postgresql-client,"
                    + " or run on a machine that has it: " + String.join(" ", command(Path.of("pg_dump"), file))
                    + " (it asks for the password, or set PGPASSWORD).");
        }
        List<String> command = command(tool.get(), file);
        try {
            Files.createDirectories(folder);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", settings.password());
            sslMode().ifPresent(mode -> builder.environment().put("PGSSLMODE", mode));
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

    /** {@code pg_dump --format=custom --file FILE --host H --port P --username U --dbname DB}. */
    List<String> command(Path tool, Path file) {
        Target where = target();
        List<String> command = new ArrayList<>(List.of(tool.toString(), "--format=custom", "--file", file.toString()));
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

    private record Target(String host, int port, String database, Map<String, String> parameters) {
    }

    /** Host, port, database and parameters of {@code jdbc:postgresql://host:port/database?parameters}. */
    private Target target() {
        String url = settings.url();
        try {
            URI uri = new URI(url.substring("jdbc:".length()));
            Map<String, String> parameters = new TreeMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                    }
                }
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            return new Target(uri.getHost() == null ? "" : uri.getHost(), uri.getPort(),
                    path.startsWith("/") ? path.substring(1) : path, parameters);
        } catch (URISyntaxException e) {
            throw new DatabaseException(Reason.BACKUP, "The database URL " + settings.displayLocation()
                    + " cannot be read for pg_dump: " + e.getMessage(), e);
        }
    }

    private Optional<String> sslMode() {
        return Optional.ofNullable(target().parameters().get("sslmode"));
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("rapport.pg_dump");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
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
