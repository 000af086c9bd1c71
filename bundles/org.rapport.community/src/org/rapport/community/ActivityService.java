package org.rapport.community;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Members' activities and the activity types that weigh them. An OSGi service; every method does database work.
 * Changes post {@link CommunityTopics#ACTIVITIES_CHANGED} after the commit, and the scores follow.
 */
public interface ActivityService {

    /** Every activity type, by pillar then key: Rapport's defaults and those a community manager added. */
    List<ActivityType> types();

    /** The type with this key, if any. */
    Optional<ActivityType> type(String key);

    /**
     * Adds a type or changes the name, pillar and weight of an existing one (by key). Changing a weight changes scores
     * from the next recompute on.
     */
    ActivityType saveType(ActivityType type);

    /**
     * Records an activity (id 0). An activity with the {@link Activity#sourceKey() source key} of one already stored
     * is not added again: the stored one is returned.
     *
     * @throws IllegalArgumentException when the member or the type does not exist
     */
    Activity add(Activity activity);

    /** The activity with this id. */
    Optional<Activity> activity(long id);

    /** Activities matching the query, newest first, from {@code offset}, at most {@code limit}. */
    List<Activity> activities(ActivityQuery query, int offset, int limit);

    /** How many activities match the query. */
    int count(ActivityQuery query);

    /**
     * The members with the most activities in {@code [from, to)}, most first (then by name), staff left out, at most
     * {@code limit}.
     */
    List<ActiveMember> mostActive(Instant from, Instant to, int limit);

    /** Deletes an activity (a mistaken manual entry); {@code false} when there was none. */
    boolean delete(long id);

    /**
     * Imports an activity export: a Discourse user-actions or posts export (CSV or JSON), a GitHub events JSON
     * ({@code gh api /repos/O/R/events}), a Slack or Discord export, an Eventbrite or Meetup attendee list, or a plain
     * CSV ({@code date,member,type[,platform,handle,title,url]}). The kind is detected from the content. Members are
     * found by identity or created. Rows are committed in chunks keyed by a source key, so a second run adds only what
     * is missing; bad rows are reported with line and reason in {@code <file>.problems.txt} beside the file.
     *
     * @param file    the file
     * @param monitor progress and cancellation, or {@code null}
     */
    ActivityImportResult importFile(Path file, IProgressMonitor monitor);
}
