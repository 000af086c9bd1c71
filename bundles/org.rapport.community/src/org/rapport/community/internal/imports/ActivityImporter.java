package org.rapport.community.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.rapport.community.Activity;
import org.rapport.community.ActivityImportResult;
import org.rapport.community.ActivityType;
import org.rapport.community.CommunityEvent;
import org.rapport.community.CommunityTopics;
import org.rapport.community.ImportProblem;
import org.rapport.community.internal.ActivityRecorder;
import org.rapport.community.internal.Attendances;
import org.rapport.community.internal.CommunityEvents;
import org.rapport.community.internal.CommunityUnit;
import org.rapport.community.internal.model.EventEntity;

/**
 * Imports an activity export: detects its kind (JSON or CSV, then by structure or header), reads it a row at a time,
 * and writes it in chunks of {@value #CHUNK} rows, each in one transaction with the members it creates, so a failure
 * or a cancel leaves whole chunks; activities are keyed by their source item, so a re-run adds only what is missing.
 * Rows that cannot be read are listed with line and reason in {@code <file>.problems.txt} beside the file.
 */
public final class ActivityImporter {

    /** Rows written per transaction. */
    static final int CHUNK = 500;
    /** Problems kept in the result (the report has all). */
    static final int KEPT_PROBLEMS = 1_000;

    private final CommunityUnit unit;
    private final CommunityEvents events;
    private final ActivityRecorder recorder;

    public ActivityImporter(CommunityUnit unit, CommunityEvents events, ActivityRecorder recorder) {
        this.unit = unit;
        this.events = events;
        this.recorder = recorder;
    }

    /** Imports a file of any supported kind; attendee lists go to the event they name (created if needed). */
    public ActivityImportResult importFile(Path file, IProgressMonitor monitor) {
        return run(file, null, monitor);
    }

    /** Imports an attendee list into a known event. */
    public ActivityImportResult importAttendees(long eventId, Path file, IProgressMonitor monitor) {
        return run(file, eventId, monitor);
    }

    private ActivityImportResult run(Path file, Long eventId, IProgressMonitor given) {
        IProgressMonitor monitor = given == null ? new NullProgressMonitor() : given;
        Instant started = Instant.now();
        monitor.beginTask("Importing " + file.getFileName(), IProgressMonitor.UNKNOWN);
        Writer writer = new Writer(file, eventId, monitor);
        String kind;
        try {
            if (json(file)) {
                JsonExports reader = new JsonExports();
                reader.read(file, writer);
                kind = reader.kind();
            } else {
                CsvExports reader = new CsvExports();
                try {
                    reader.read(file, writer, eventId != null);
                } catch (IllegalArgumentException e) {
                    writer.problem(new ImportProblem(1, e.getMessage(), ""));
                }
                kind = reader.kind();
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
        if (writer.eventsChanged) {
            events.changed(CommunityTopics.EVENTS_CHANGED, List.of(), List.of());
        }
        Path report = writeReport(file, writer.problems);
        return new ActivityImportResult(file, kind, writer.rows, writer.added, writer.skipped, writer.membersCreated,
                writer.problems.size(), writer.problems.subList(0, Math.min(KEPT_PROBLEMS, writer.problems.size())),
                report, monitor.isCanceled(), Duration.between(started, Instant.now()));
    }

    private static boolean json(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            return c == '[' || c == '{';
        }
    }

    private static Path writeReport(Path file, List<ImportProblem> problems) {
        Path report = file.resolveSibling(file.getFileName() + ".problems.txt");
        try {
            if (problems.isEmpty()) {
                Files.deleteIfExists(report);
                return null;
            }
            List<String> lines = new ArrayList<>();
            lines.add("# Rows of " + file.getFileName() + " not imported (" + problems.size() + "): line, reason, value");
            problems.forEach(problem -> lines.add(problem.toString()));
            Files.write(report, lines, StandardCharsets.UTF_8);
            return report;
        } catch (IOException e) {
            return null;
        }
    }

    /** Collects rows into chunks and writes each chunk in one transaction. */
    private final class Writer implements RowSink {

        private final String source;
        private final Long eventId;
        private final IProgressMonitor monitor;
        private final List<ImportRow> chunk = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, Long> eventsByName = new HashMap<>();
        private Map<String, ActivityType> types;
        long rows;
        int added;
        int skipped;
        int membersCreated;
        boolean eventsChanged;

        Writer(Path file, Long eventId, IProgressMonitor monitor) {
            this.source = "import:" + file.getFileName();
            this.eventId = eventId;
            this.monitor = monitor;
        }

        @Override
        public void row(ImportRow row) {
            rows++;
            chunk.add(row);
            if (chunk.size() >= CHUNK) {
                flush();
            }
        }

        @Override
        public void problem(ImportProblem problem) {
            rows++;
            problems.add(problem);
        }

        @Override
        public boolean cancelled() {
            return monitor.isCanceled();
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<ImportRow> rowsOfChunk = List.copyOf(chunk);
            chunk.clear();
            MemberResolver resolver = new MemberResolver(source);
            List<ImportProblem> chunkProblems = new ArrayList<>();
            ActivityRecorder.Recorded recorded = unit.write(em -> {
                if (types == null) {
                    types = Attendances.types(em);
                }
                List<Activity> activities = new ArrayList<>();
                for (ImportRow row : rowsOfChunk) {
                    if (row.attendance() != null) {
                        attendance(em, resolver, row, activities, chunkProblems);
                    } else {
                        activity(em, resolver, row, activities, chunkProblems);
                    }
                }
                return recorder.record(em, activities);
            });
            problems.addAll(chunkProblems);
            added += recorded.added().size();
            skipped += recorded.skipped();
            membersCreated += resolver.created();
            recorder.announce(recorded);
            if (resolver.created() > 0) {
                events.changed(CommunityTopics.MEMBERS_CHANGED, List.of(), List.of());
            }
            monitor.worked(1);
            monitor.subTask(String.format("%,d rows read, %,d activities added", rows, added));
        }

        private void activity(EntityManager em, MemberResolver resolver, ImportRow row, List<Activity> out,
                List<ImportProblem> chunkProblems) {
            ActivityType type = types.get(row.type());
            if (type == null) {
                chunkProblems.add(new ImportProblem(row.line(), "unknown activity type " + row.type(), row.type()));
                return;
            }
            long member = resolver.member(em, row.network(), row.handle(), row.displayName(), row.email());
            Long target = row.targetHandle() == null ? null
                    : resolver.member(em, row.network(), row.targetHandle(), "", null);
            if (target != null && target == member) {
                target = null;
            }
            out.add(new Activity(0, member, type.key(), type.pillar(), row.occurredAt(), row.network(), row.title(),
                    row.url(), target, null, null, "import", row.sourceKey()));
        }

        private void attendance(EntityManager em, MemberResolver resolver, ImportRow row, List<Activity> out,
                List<ImportProblem> chunkProblems) {
            EventEntity event;
            if (eventId != null) {
                event = em.find(EventEntity.class, eventId);
                if (event == null) {
                    throw new IllegalArgumentException("no event " + eventId);
                }
            } else if (row.attendance().eventName().isEmpty()) {
                chunkProblems.add(new ImportProblem(row.line(), "no event name (import the list into an event)",
                        row.handle()));
                return;
            } else {
                event = event(em, row);
            }
            long member = resolver.member(em, row.network(), row.handle(), row.displayName(), row.email());
            out.addAll(Attendances.attend(em, event, member, row.attendance().attended(), false, row.occurredAt(),
                    types));
            eventsChanged = true;
        }

        private EventEntity event(EntityManager em, ImportRow row) {
            String name = row.attendance().eventName();
            Long known = eventsByName.get(name);
            if (known != null) {
                return em.find(EventEntity.class, known);
            }
            EventEntity event = em.createQuery("SELECT e FROM CommunityEventRow e WHERE e.name = :n ORDER BY e.id",
                    EventEntity.class).setParameter("n", name).setMaxResults(1).getResultStream().findFirst()
                    .orElseGet(() -> {
                        EventEntity created = new EventEntity();
                        Instant start = row.attendance().eventStart() != null ? row.attendance().eventStart()
                                : row.occurredAt() != null ? row.occurredAt() : Instant.now();
                        created.set(CommunityEvent.of(name, Attendances.kindOf(name), start, ""));
                        em.persist(created);
                        em.flush();
                        return created;
                    });
            eventsByName.put(name, event.getId());
            return event;
        }
    }
}
