package org.rapport.pipeline.activities;

import java.time.Instant;
import java.util.Optional;

/**
 * Reminders of activities. Available as an OSGi service. The service keeps one timer set to the next reminder time
 * (no polling); when a reminder falls due it posts {@code PipelineTopics.REMINDER_DUE} once, on which the workbench
 * shows a notification. Reminders that fell due while Rapport was not running are posted at its next start.
 * <p>
 * The service starts when it is first obtained: whoever shows the notifications (the workbench) must hold a reference
 * to it (for example a DS reference or a service tracker kept open), or no reminders are posted.
 */
public interface ReminderService {

    /** When the next reminder that has not been posted falls due, or empty when none is pending. */
    Optional<Instant> nextReminder();

    /**
     * Reminds again later: sets a new reminder time and lets it be posted once more.
     *
     * @throws org.rapport.pipeline.PipelineValidationException when the activity does not exist
     */
    void snooze(long activityId, Instant until);
}
