package org.rapport.examples.checkins.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.examples.checkins.CheckIn;
import org.rapport.examples.checkins.CheckInService;

/**
 * Check-ins in a tab-separated file in the workspace's metadata, a line each: a plugin with a few hundred records
 * needs no database of its own. Reads the file on every call, so it is always what is on disk.
 */
@Component(service = CheckInService.class)
public class FileCheckInService implements CheckInService {

    /** Where in the workspace the file is, as Eclipse plugins keep their state. */
    static final String FILE = ".metadata/.plugins/org.rapport.examples.checkins/checkins.tsv";

    private final Path file;

    /** Used by DS: the file in the workspace (the OSGi instance location). */
    @Activate
    public FileCheckInService(@Reference(target = "(type=osgi.instance.area)") Location workspace) {
        this(workspaceFile(workspace));
    }

    /** The check-ins in this file; for tests. */
    FileCheckInService(Path file) {
        this.file = file;
    }

    private static Path workspaceFile(Location workspace) {
        try {
            return Path.of(workspace.getURL().toURI()).resolve(FILE);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The workspace location " + workspace.getURL() + " is no folder", e);
        }
    }

    @Override
    public synchronized void add(CheckIn checkIn) {
        String line = checkIn.at().toEpochMilli() + "\t" + checkIn.personId() + "\t" + clean(checkIn.personName()) + "\t"
                + clean(checkIn.event()) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the check-in in " + file, e);
        }
    }

    @Override
    public synchronized List<CheckIn> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<CheckIn> checkIns = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", -1);
                if (parts.length == 4) {
                    checkIns.add(new CheckIn(Long.parseLong(parts[1]), parts[2], parts[3],
                            Instant.ofEpochMilli(Long.parseLong(parts[0]))));
                }
            }
            return checkIns;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the check-ins in " + file, e);
        }
    }

    @Override
    public List<CheckIn> of(long personId) {
        return all().stream().filter(c -> c.personId() == personId).toList();
    }

    /** Tabs and line breaks would break the file's lines. */
    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
