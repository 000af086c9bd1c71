package org.rapport.pipeline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.PersonRef;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseService;
import org.rapport.pipeline.cases.CaseStatus;
import org.rapport.pipeline.cases.SupportCase;
import org.rapport.pipeline.ui.PipelineUi;
import org.rapport.pipeline.ui.internal.cases.CaseDialog;
import org.rapport.pipeline.ui.internal.cases.CasesView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** A complaint closed through the case dialog, with resolution notes and the customer's satisfaction. */
@ExtendWith(ScreenshotOnFailure.class)
class CaseFlowTest {

    @Test
    void closingACaseWithSatisfactionFiveThroughTheDialog() throws Exception {
        BoardDriver.open();
        CasesView cases = BoardDriver.view(UiTestSupport.page(), PipelineUi.CASES_VIEW_ID, CasesView.class);
        CaseService service = Services.get(CaseService.class);
        SupportCase opened = service.save(new SupportCase(new PersonRef(1, "Test Customer"), CaseChannel.EMAIL, "Delivery",
                CasePriority.HIGH, "Parcel arrived damaged (UI test)", "The box was crushed."));
        SupportCase inProgress = service.changeStatus(opened.getId(), opened.getVersion(), CaseStatus.IN_PROGRESS, "", null);

        CaseDialog dialog = new CaseDialog(cases.table().getTable().getShell(), service, inProgress);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiTestSupport.flushEvents();
            assertTrue(dialog.flowButton(CaseStatus.RESOLVED).isVisible(), "an open case can be resolved");
            assertTrue(dialog.flowButton(CaseStatus.CLOSED).isVisible(), "or closed");
            assertFalse(dialog.flowButton(CaseStatus.NEW).isVisible(), "but not go back to new");
            assertFalse(dialog.flowButton(CaseStatus.IN_PROGRESS).isVisible(), "it is in progress already");

            dialog.resolutionText().setText("Sent a new one by express and a voucher.");
            dialog.satisfactionCombo().select(5);
            click(dialog.flowButton(CaseStatus.CLOSED));

            UiTestSupport.spinUntil(() -> !dialog.isBusy() && dialog.supportCase().getStatus() == CaseStatus.CLOSED,
                    () -> "the dialog shows the case closed; it says: " + dialog.getShell().getText());
            SupportCase stored = service.supportCase(opened.getId()).orElseThrow();
            assertEquals(CaseStatus.CLOSED, stored.getStatus());
            assertEquals(5, stored.getSatisfaction());
            assertEquals("Sent a new one by express and a voucher.", stored.getResolution());
            for (CaseStatus status : CaseStatus.values()) {
                assertFalse(dialog.flowButton(status).isVisible(), "a closed case is final: no " + status + " button");
            }
        } finally {
            dialog.close();
        }
    }

    private static void click(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flushEvents();
    }
}
