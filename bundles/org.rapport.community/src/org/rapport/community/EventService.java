package org.rapport.community;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The community's events with registrations and attendance. An OSGi service; every method does database work.
 * Changes post {@link CommunityTopics#EVENTS_CHANGED}; attendance also adds an activity.
 */
public interface EventService {

    /** Events, newest first, from {@code offset}, at most {@code limit}. */
    List<CommunityEvent> events(int offset, int limit);

    /** The event with this id. */
    Optional<CommunityEvent> event(long id);

    /** Creates (id 0) or changes an event. */
    CommunityEvent save(CommunityEvent event);

    /** Registers a member (again: nothing changes). */
    Registration register(long eventId, long memberId);

    /**
     * Marks a member as having attended or not (registering them if needed); attending adds an {@code attend}
     * activity of the {@link Pillar#COLLABORATION collaboration} pillar at the event's time, once.
     */
    Registration markAttended(long eventId, long memberId, boolean attended);

    /** The event's registrations, by member name. */
    List<Registration> registrations(long eventId);

    /**
     * The follow-up list after an event: who attended and who registered but did not come, not yet followed up.
     */
    List<Registration> followUps(long eventId);

    /** Marks a registration as followed up. */
    Registration markFollowedUp(long eventId, long memberId, boolean followedUp);

    /**
     * Imports an attendee list (Eventbrite or Meetup export, or a CSV with name and email columns) into an event:
     * members found by email (or created), registered, and marked attended where the list says so.
     */
    ActivityImportResult importAttendees(long eventId, Path file, IProgressMonitor monitor);
}
