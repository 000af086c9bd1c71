package org.rapport.pipeline.activities;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.rapport.pipeline.ConcurrentChangeException;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.PipelineValidationException;

/**
 * Calls, meetings, tasks and emails. Available as an OSGi service; call it from a background job.
 * <p>
 * Changes post {@code PipelineTopics.ACTIVITIES_CHANGED} and the person's timeline topic, and reschedule reminders.
 */
public interface ActivityService {

    /** A detached copy, or empty. */
    Optional<Activity> activity(long id);

    /** What would stop an activity from being saved, by field. */
    List<FieldProblem> validate(Activity activity);

    /**
     * Saves a new or changed activity.
     *
     * @return the saved copy with id and version
     * @throws PipelineValidationException with every invalid field; nothing is written
     * @throws ConcurrentChangeException   when it was changed or deleted since it was read
     */
    Activity save(Activity activity);

    /**
     * Marks an activity done (or not done again).
     *
     * @throws ConcurrentChangeException when the version moved on
     */
    Activity markDone(long id, int expectedVersion, boolean done);

    /** Deletes activities; ids that do not exist are ignored. */
    void delete(Collection<Long> ids);

    /** A person's activities, newest due first, at most {@code limit}. */
    List<Activity> forPerson(long personId, int limit);

    /** An opportunity's activities, newest due first. */
    List<Activity> forOpportunity(long opportunityId);

    /**
     * A rep's day in a time zone: overdue, due that day, and done that day.
     *
     * @param owner the rep's user name
     */
    MyDay myDay(String owner, LocalDate day, ZoneId zone);
}
