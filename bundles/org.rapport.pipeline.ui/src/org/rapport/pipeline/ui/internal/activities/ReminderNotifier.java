package org.rapport.pipeline.ui.internal.activities;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.activities.ReminderService;

/**
 * Shows a workbench notification when an activity's reminder falls due: the pipeline's {@link ReminderService} posts
 * {@link PipelineTopics#REMINDER_DUE}, and this component opens a {@link ReminderPopup} in the corner of the workbench
 * window, with Snooze and Open My Day. EventAdmin makes this component only when the first reminder falls due;
 * {@link ReminderStartup} is what starts the reminders.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + PipelineTopics.REMINDER_DUE)
public class ReminderNotifier implements EventHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final ReminderService reminders;

    @Activate
    public ReminderNotifier(@Reference ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void handleEvent(Event event) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        long activityId = event.getProperty(PipelineTopics.ACTIVITY_ID) instanceof Long id ? id : 0;
        String subject = String.valueOf(event.getProperty(PipelineTopics.SUBJECT));
        String due = event.getProperty(PipelineTopics.DUE) instanceof Long millis
                ? TIME.format(Instant.ofEpochMilli(millis)) : "";
        display.asyncExec(() -> ReminderPopup.show(display, activityId, subject, due, reminders));
    }
}
