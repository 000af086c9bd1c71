package org.rapport.community.internal.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapport.community.ImportProblem;

/**
 * Reads the CSV exports, detected by their header:
 * <ul>
 * <li>{@code eventbrite}: an attendee report ({@code Order #}, {@code First Name}, {@code Last Name}, {@code Email},
 * {@code Event Name}, {@code Checked In} or {@code Attendee Status});</li>
 * <li>{@code meetup}: an attendee list ({@code Name}, {@code User ID}, {@code RSVP}, {@code Attended} or
 * {@code Attendance});</li>
 * <li>{@code discourse}: posts ({@code username}, {@code created_at}, {@code post_number} or {@code topic_id});</li>
 * <li>{@code csv}: activities ({@code date}, {@code type}, and {@code handle} with {@code platform}, or
 * {@code email}; optional {@code name}, {@code title}, {@code url}, {@code target}, {@code id});</li>
 * <li>{@code attendees}: a plain attendee list ({@code name}, {@code email}, optional {@code attended},
 * {@code event}, {@code date}).</li>
 * </ul>
 */
final class CsvExports {

    private String kind = "csv";

    String kind() {
        return kind;
    }

    void read(Path file, RowSink sink, boolean attendeesOnly) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            Map<String, String> columns = new HashMap<>();
            parser.getHeaderNames().forEach(name -> columns.put(key(name), name));
            kind = detect(columns, attendeesOnly);
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (sink.cancelled()) {
                    return;
                }
                Row row = new Row(record, columns);
                try {
                    sink.row(switch (kind) {
                        case "eventbrite" -> eventbrite(line, row);
                        case "meetup" -> meetup(line, row);
                        case "discourse" -> discourse(line, row);
                        case "attendees" -> attendee(line, row);
                        default -> activity(line, row);
                    });
                } catch (IllegalArgumentException e) {
                    sink.problem(new ImportProblem(line, e.getMessage(), String.join(",", record.values())));
                }
            }
        }
    }

    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]", "");
    }

    private static String detect(Map<String, String> columns, boolean attendeesOnly) {
        if (columns.containsKey("order#") || columns.containsKey("attendee#")
                || columns.containsKey("attendeestatus")) {
            return "eventbrite";
        }
        if (columns.containsKey("rsvp")) {
            return "meetup";
        }
        if (!attendeesOnly && columns.containsKey("username") && columns.containsKey("createdat")
                && (columns.containsKey("postnumber") || columns.containsKey("topicid"))) {
            return "discourse";
        }
        if (!attendeesOnly && columns.containsKey("date") && columns.containsKey("type")) {
            return "csv";
        }
        if (columns.containsKey("email") || columns.containsKey("name")) {
            return "attendees";
        }
        throw new IllegalArgumentException("the header " + columns.values() + " is not of a known export: an"
                + " activity CSV needs date,type and handle,platform or email; an attendee list needs name or email");
    }

    /** A record's values by normalised column name. */
    private record Row(CSVRecord record, Map<String, String> columns) {

        String get(String... keys) {
            for (String key : keys) {
                String column = columns.get(key);
                if (column != null && record.isSet(column) && !record.get(column).isBlank()) {
                    return record.get(column).strip();
                }
            }
            return "";
        }

        String required(String what, String... keys) {
            String value = get(keys);
            if (value.isEmpty()) {
                throw new IllegalArgumentException("no " + what);
            }
            return value;
        }
    }

    private static ImportRow eventbrite(long line, Row row) {
        String email = row.required("email", "email", "attendeeemail");
        String name = (row.get("firstname") + " " + row.get("lastname")).strip();
        String status = row.get("attendeestatus").toLowerCase(Locale.ROOT);
        if (status.contains("not attending") || status.contains("cancel") || status.contains("refund")) {
            throw new IllegalArgumentException("attendee status " + status + " (not counted)");
        }
        boolean attended = yes(row.get("checkedin", "checkin", "checkinstatus")) || status.contains("checked in");
        String dateText = row.get("eventstartdate", "eventdate", "startdate");
        Instant start = dateText.isEmpty() ? null : ImportDates.parse(dateText);
        Instant ordered = row.get("orderdate").isEmpty() ? start : ImportDates.parse(row.get("orderdate"));
        return attendance(line, "email", email, name, email, ordered, row.get("eventname"), start, attended);
    }

    private static ImportRow meetup(long line, Row row) {
        String rsvp = row.get("rsvp").toLowerCase(Locale.ROOT);
        if (rsvp.equals("no") || rsvp.startsWith("waitlist")) {
            throw new IllegalArgumentException("RSVP " + rsvp + " (not counted)");
        }
        String name = row.required("name", "name");
        String userId = row.get("userid", "memberid");
        String email = row.get("email");
        String attendance = row.get("attended", "attendance").toLowerCase(Locale.ROOT);
        boolean attended = yes(attendance) || attendance.equals("attended");
        String rsvpDate = row.get("rsvpedon", "rsvpdate");
        String dateText = row.get("eventdate", "date");
        Instant start = dateText.isEmpty() ? null : ImportDates.parse(dateText);
        Instant registered = rsvpDate.isEmpty() ? start : ImportDates.parse(rsvpDate);
        return userId.isEmpty()
                ? attendance(line, email.isEmpty() ? "event" : "email", email.isEmpty() ? name : email, name, email,
                        registered, row.get("eventname", "event", "title"), start, attended)
                : attendance(line, "meetup", userId, name, email, registered, row.get("eventname", "event", "title"),
                        start, attended);
    }

    private static ImportRow attendee(long line, Row row) {
        String email = row.get("email");
        String name = row.get("name", "fullname");
        if (email.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("no name or email");
        }
        String attendedText = row.get("attended", "attendance", "checkedin");
        boolean attended = attendedText.isEmpty() || yes(attendedText) || attendedText.equalsIgnoreCase("attended");
        String dateText = row.get("date", "eventdate");
        Instant start = dateText.isEmpty() ? null : ImportDates.parse(dateText);
        return attendance(line, email.isEmpty() ? "event" : "email", email.isEmpty() ? name : email, name, email,
                start, row.get("event", "eventname"), start, attended);
    }

    private static ImportRow attendance(long line, String network, String handle, String name, String email,
            Instant registered, String eventName, Instant eventStart, boolean attended) {
        return new ImportRow(line, network, handle, name, email, "attend", registered, "", null, null, null,
                new ImportRow.Attendance(eventName, eventStart, attended));
    }

    private static ImportRow discourse(long line, Row row) {
        String user = row.required("username", "username");
        String number = row.get("postnumber");
        String type = number.equals("1") ? "forum-topic" : "reply";
        String id = row.get("id", "postid");
        String key = id.isEmpty() ? "discourse:post:" + row.get("topicid") + ":" + number + ":" + user
                : "discourse:post:" + id;
        return new ImportRow(line, "discourse", user, row.get("name"), row.get("email"), type,
                ImportDates.parse(row.get("createdat")), row.get("topictitle", "title"), row.get("url"), key,
                Discourse.blankToNull(row.get("replytousername", "replyto")), null);
    }

    private static ImportRow activity(long line, Row row) {
        String platform = row.get("platform", "network").toLowerCase(Locale.ROOT);
        String handle = row.get("handle", "username", "login");
        String email = row.get("email");
        if (handle.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("no handle or email");
        }
        if (!handle.isEmpty() && platform.isEmpty()) {
            throw new IllegalArgumentException("a handle without its platform");
        }
        String type = row.required("type", "type").toLowerCase(Locale.ROOT);
        Instant at = ImportDates.parse(row.get("date", "time", "createdat"));
        String id = row.get("id");
        String key = "csv:" + (id.isEmpty() ? (handle.isEmpty() ? "email:" + email : platform + ":" + handle) + ":"
                + type + ":" + at + ":" + row.get("title") : id);
        return new ImportRow(line, handle.isEmpty() ? "email" : platform, handle.isEmpty() ? email : handle,
                row.get("name", "member"), email, type, at, row.get("title"), row.get("url"), key,
                Discourse.blankToNull(row.get("target", "targethandle")), null);
    }

    private static boolean yes(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("yes") || t.equals("y") || t.equals("true") || t.equals("1") || t.equals("checked in");
    }
}
