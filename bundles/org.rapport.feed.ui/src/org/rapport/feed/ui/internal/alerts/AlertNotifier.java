package org.rapport.feed.ui.internal.alerts;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.feed.FeedTopics;

/**
 * Shows a workbench notification ({@link AlertPopup}) when the feed raises a negative-buzz alert
 * ({@link FeedTopics#ALERT_RAISED} on EventAdmin), whichever perspective is open. Headless tools never show it: it
 * does nothing while no workbench runs.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + FeedTopics.ALERT_RAISED)
public class AlertNotifier implements EventHandler {

    @Override
    public void handleEvent(Event event) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        long alertId = event.getProperty(FeedTopics.ALERT_ID) instanceof Long id ? id : 0;
        String label = event.getProperty(FeedTopics.LABEL) instanceof String text ? text : "a watched term";
        int negative = event.getProperty(FeedTopics.NEGATIVE) instanceof Integer count ? count : 0;
        display.asyncExec(() -> AlertPopup.show(display, alertId, label, negative));
    }
}
