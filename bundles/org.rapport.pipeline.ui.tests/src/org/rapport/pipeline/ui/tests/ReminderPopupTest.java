package org.rapport.pipeline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.activities.ActivityService;
import org.rapport.pipeline.ui.internal.activities.ReminderPopup;
import org.rapport.pipeline.ui.internal.handlers.Selections;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * A reminder set in the running workbench pops up when it falls due: the workbench itself starts the reminders (the
 * test asks only the activity service, never the reminder service).
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReminderPopupTest {

    private static final String SUBJECT = "Call Ada back about the renewal (reminder test)";

    @AfterEach
    void closePopups() {
        popups().forEach(Shell::close);
    }

    @Test
    void aReminderDueInTwoSecondsShowsTheNotification() {
        Services.waitForDemoData();
        Activity call = new Activity(ActivityKind.CALL, SUBJECT, Instant.now().plus(Duration.ofMinutes(30)));
        call.setOwner(Selections.userName()); // as the workbench sets it: reminders pop up for the working user's own
        call.setReminderAt(Instant.now().plusSeconds(2));
        Services.get(ActivityService.class).save(call);

        UiTestSupport.spinUntil(() -> popups().anyMatch(ReminderPopupTest::showsSubject), Duration.ofSeconds(60),
                () -> "a reminder notification for '" + SUBJECT + "' appears");
        assertTrue(popups().filter(ReminderPopupTest::showsSubject).allMatch(Shell::isVisible));
    }

    private static java.util.stream.Stream<Shell> popups() {
        return Arrays.stream(UiTestSupport.display().getShells())
                .filter(shell -> !shell.isDisposed() && ReminderPopup.TITLE.equals(shell.getText()));
    }

    private static boolean showsSubject(Shell shell) {
        for (Control child : shell.getChildren()) {
            if (child instanceof Label label && SUBJECT.equals(label.getText())) {
                return true;
            }
        }
        return false;
    }
}
