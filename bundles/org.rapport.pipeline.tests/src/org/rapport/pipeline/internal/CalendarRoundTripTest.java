package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.activities.CalendarImportResult;

/** Meetings and tasks out to iCalendar and back in, into another database and into the same one. */
class CalendarRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void meetingsAndTasksSurviveTheRoundTripAndASecondImportUpdates() throws IOException {
        String ics;
        List<Long> ids;
        try (TestPipeline source = new TestPipeline(temp.resolve("a"))) {
            Activity meeting = new Activity(ActivityKind.MEETING, "Product demo, Zürich", Instant.parse("2026-03-02T14:00:00Z"));
            meeting.setDuration(Duration.ofMinutes(90));
            meeting.setLocation("Bahnhofstrasse 1; 2nd floor");
            meeting.setNotes("Bring the samples.\nAsk about the loyalty programme.");
            meeting.setReminderAt(Instant.parse("2026-03-02T13:45:00Z"));
            meeting.setOwner("anna");
            meeting.setPerson(TestPipeline.ADA);
            Activity task = new Activity(ActivityKind.TASK, "Send proposal", Instant.parse("2026-03-03T17:00:00Z"));
            task.setOwner("anna");
            task.setDone(true);
            Activity call = new Activity(ActivityKind.CALL, "Intro call", Instant.parse("2026-03-01T10:00:00Z"));
            call.setOwner("anna");
            ids = List.of(source.activities.save(meeting).getId(), source.activities.save(task).getId(),
                    source.activities.save(call).getId());
            StringWriter out = new StringWriter();

            assertEquals(2, source.calendar.export(ids, out), "calls are not calendar items");
            ics = out.toString();

            CalendarImportResult again = source.calendar.importCalendar(new StringReader(ics), "demo.ics", "anna", null);
            assertEquals(0, again.created());
            assertEquals(2, again.updated(), "the UIDs are known: updated, not duplicated");
        }
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("BEGIN:VTODO") && ics.contains("BEGIN:VALARM"), ics);

        try (TestPipeline target = new TestPipeline(temp.resolve("b"))) {
            CalendarImportResult result = target.calendar.importCalendar(new StringReader(ics), "demo.ics", "ben",
                    TestPipeline.GRACE);
            assertEquals(2, result.created());
            assertEquals(List.of(), result.problems());

            List<Activity> imported = target.activities.forPerson(TestPipeline.GRACE.id(), 10).stream()
                    .sorted(Comparator.comparing(Activity::getDue)).toList();
            Activity meeting = imported.get(0);
            assertEquals(ActivityKind.MEETING, meeting.getKind());
            assertEquals("Product demo, Zürich", meeting.getSubject());
            assertEquals(Instant.parse("2026-03-02T14:00:00Z"), meeting.getDue());
            assertEquals(Duration.ofMinutes(90), meeting.getDuration());
            assertEquals("Bahnhofstrasse 1; 2nd floor", meeting.getLocation());
            assertEquals("Bring the samples.\nAsk about the loyalty programme.", meeting.getNotes());
            assertEquals(Instant.parse("2026-03-02T13:45:00Z"), meeting.getReminderAt());
            assertEquals("ben", meeting.getOwner());
            Activity task = imported.get(1);
            assertEquals(ActivityKind.TASK, task.getKind());
            assertEquals("Send proposal", task.getSubject());
            assertEquals(Instant.parse("2026-03-03T17:00:00Z"), task.getDue());
            assertTrue(task.isDone());
        }
    }

    @Test
    void aFileThatIsNotICalendarIsRefusedByName() {
        try (TestPipeline pipeline = new TestPipeline(temp.resolve("c"))) {
            IOException e = assertThrows(IOException.class, () -> pipeline.calendar.importCalendar(
                    new StringReader("BEGIN:VCARD\nFN:Ada\nEND:VCARD\n"), "contacts.vcf", "anna", null));
            assertTrue(e.getMessage().startsWith("contacts.vcf holds no iCalendar data"), e.getMessage());
        }
    }
}
