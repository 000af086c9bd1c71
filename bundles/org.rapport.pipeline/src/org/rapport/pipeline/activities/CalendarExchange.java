package org.rapport.pipeline.activities;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Collection;

import org.rapport.core.PersonRef;

/**
 * iCalendar (RFC 5545, {@code .ics}) export and import of meetings (VEVENT) and tasks (VTODO), for exchange with
 * calendar programs. Calls and emails are not exported. Available as an OSGi service.
 * <p>
 * Each exported activity carries a stable UID, so importing the file again (or its edited copy from a calendar
 * program) updates the activities instead of duplicating them.
 */
public interface CalendarExchange {

    /**
     * Writes the meetings and tasks among the given activities as one VCALENDAR.
     *
     * @return how many components were written
     */
    int export(Collection<Long> activityIds, Writer out) throws IOException;

    /**
     * Reads a calendar: each VEVENT becomes a meeting, each VTODO a task, for the given owner; a component whose UID
     * is already known updates that activity.
     *
     * @param sourceName the file's name, for the problem lines
     * @param owner      the rep the new activities belong to
     * @param person     the person they concern, or {@code null}
     * @throws IOException when the text is not iCalendar at all (the message names the source)
     */
    CalendarImportResult importCalendar(Reader in, String sourceName, String owner, PersonRef person) throws IOException;
}
