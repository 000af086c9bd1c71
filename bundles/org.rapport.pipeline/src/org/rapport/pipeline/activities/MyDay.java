package org.rapport.pipeline.activities;

import java.time.LocalDate;
import java.util.List;

/**
 * A rep's day: what is overdue, what is due that day, and what was done that day.
 *
 * @param day      the day
 * @param overdue  not done, due before the day; oldest first
 * @param dueToday not done, due that day; by time
 * @param doneToday done that day; by time done
 */
public record MyDay(LocalDate day, List<Activity> overdue, List<Activity> dueToday, List<Activity> doneToday) {

    /** Copies the lists. */
    public MyDay {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
        doneToday = List.copyOf(doneToday);
    }
}
