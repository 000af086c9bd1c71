package org.rapport.loyalty.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.PersonRef;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.loyalty.ui.internal.MemberItem;
import org.rapport.loyalty.ui.internal.enrol.EnrolDialog;
import org.rapport.loyalty.ui.internal.enrol.Enrolment;
import org.rapport.loyalty.ui.internal.members.MembersView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Enrolling a contact from the Members view: search, pick, Enrol; the member appears in the list. */
@ExtendWith(ScreenshotOnFailure.class)
class EnrolTest {

    @Test
    void enrolsAContactFoundByNameAndListsThem() throws Exception {
        LoyaltyDriver.waitForDemoData();
        Program program = LoyaltyDriver.program("Enrol");
        PersonRef person = LoyaltyDriver.contact(0);
        MembersView members = LoyaltyDriver.view(LoyaltyUi.MEMBERS_VIEW_ID, MembersView.class);
        UiTestSupport.spinUntil(() -> !members.isReading() && members.shownProgram() != null,
                () -> "the members view shows a program");
        members.showProgram(program.id());
        UiTestSupport.spinUntil(() -> !members.isReading() && Long.valueOf(program.id()).equals(members.shownProgram()),
                () -> "the members view shows the new program");
        assertTrue(members.hint() != null && members.hint().contains("No members yet"),
                "an empty program says how to fill it: " + members.hint());

        AtomicReference<String> problem = new AtomicReference<>();
        UiTestSupport.whenShown(EnrolDialog.TITLE, shell -> {
            EnrolDialog dialog = (EnrolDialog) shell.getData();
            dialog.searchField().setText(person.displayName());
            Display display = shell.getDisplay();
            long deadline = System.nanoTime() + UiTestSupport.TIMEOUT.toNanos();
            Runnable[] wait = new Runnable[1];
            wait[0] = () -> {
                if (shell.isDisposed()) {
                    return;
                }
                if (dialog.matches().getItemCount() > 0
                        && person.displayName().equals(dialog.matches().getItem(0).getText())) {
                    dialog.matches().select(0);
                    UiTestSupport.press(shell, "Enrol");
                } else if (System.nanoTime() < deadline) {
                    display.timerExec(50, wait[0]);
                } else {
                    problem.set("no match for " + person.displayName());
                    shell.close();
                }
            };
            display.timerExec(50, wait[0]);
        });
        members.enrol();
        assertNull(problem.get());
        LoyaltyDriver.jobsDone(Enrolment.FAMILY, "the enrolment");
        assertTrue(LoyaltyDriver.service(ProgramService.class).member(program.id(), person.id()).isPresent(),
                person.displayName() + " is a member");
        UiTestSupport.spinUntil(() -> !members.isReading() && members.table().rowCount() == 1,
                () -> "the list shows the new member: " + members.status());
        UiTestSupport.spinUntil(() -> members.table().rowAt(0) != null, () -> "the row is read");
        MemberItem row = members.table().rowAt(0);
        assertNotNull(row);
        assertEquals(person.id(), row.person().id());
        assertEquals("Member", row.row().member().tier(), "a new member starts in the base tier");
        assertEquals(person.displayName(), members.table().itemAt(0).getText(0));
    }
}
