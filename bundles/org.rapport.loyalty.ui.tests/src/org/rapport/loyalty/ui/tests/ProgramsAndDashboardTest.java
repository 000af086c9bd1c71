package org.rapport.loyalty.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.PersonRef;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Liability;
import org.rapport.loyalty.MonthFigures;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.loyalty.ui.internal.dashboard.DashboardView;
import org.rapport.loyalty.ui.internal.programs.NewProgramDialog;
import org.rapport.loyalty.ui.internal.programs.ProgramsView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Creating a program in the Programs view, and the dashboard's months and liability. */
@ExtendWith(ScreenshotOnFailure.class)
class ProgramsAndDashboardTest {

    @Test
    void createsAProgramWithTiersThroughTheDialog() throws Exception {
        LoyaltyDriver.waitForDemoData();
        ProgramsView view = LoyaltyDriver.view(LoyaltyUi.PROGRAMS_VIEW_ID, ProgramsView.class);
        LoyaltyDriver.idle(view::isReading, "the programs");
        String name = "Dialog Club " + System.nanoTime();
        UiTestSupport.whenShown(NewProgramDialog.TITLE, shell -> fill(shell, name));
        view.newProgram();
        ProgramService programs = LoyaltyDriver.service(ProgramService.class);
        UiTestSupport.spinUntil(() -> programs.programNamed(name).isPresent(), () -> name + " is created");
        Program created = programs.programNamed(name).orElseThrow();
        assertEquals("EUR", created.currency());
        assertEquals(3, created.tiers().size(), "the base tier and two tiers");
        UiTestSupport.spinUntil(() -> !view.isReading() && view.programs().stream().anyMatch(p -> p.id() == created.id()),
                () -> "the view lists the new program");
        assertTrue(view.pick(created.id()));
        List<String[]> tiers = view.tierRows();
        assertEquals(3, tiers.size());
        assertEquals("Club", tiers.get(0)[0]);
        assertEquals("Gold", tiers.get(2)[0]);
        assertEquals("\u00d71.5", tiers.get(1)[2]);
    }

    private static void fill(Shell shell, String name) {
        NewProgramDialog dialog = (NewProgramDialog) shell.getData();
        dialog.field("Name").setText(name);
        dialog.field("Currency").setText("EUR");
        dialog.field("Points per unit").setText("2");
        dialog.field("Base tier").setText("Club");
        dialog.field("Tiers above").setText("Silver:1000:1.5\nGold:5000:2");
        UiTestSupport.press(shell, "Create");
    }

    @Test
    void theDashboardShowsPointsPerMonthAndTheLiability() throws Exception {
        LoyaltyDriver.waitForDemoData();
        Program program = LoyaltyDriver.program("Dashboard");
        PersonRef person = LoyaltyDriver.contact(4);
        LocalDate lastMonth = LoyaltyDriver.lastMonth();
        LoyaltyDriver.service(ProgramService.class).enroll(program.id(), person.id(), lastMonth);
        LedgerService ledger = LoyaltyDriver.service(LedgerService.class);
        ledger.earn(new Purchase(program.id(), person.id(), lastMonth, new BigDecimal("400"), "EUR", "dash-1"));
        ledger.earn(new Purchase(program.id(), person.id(), LocalDate.now(), new BigDecimal("200"), "EUR", "dash-2"));

        DashboardView dashboard = LoyaltyDriver.view(LoyaltyUi.DASHBOARD_VIEW_ID, DashboardView.class);
        LoyaltyDriver.idle(dashboard::isReading, "the dashboard");
        dashboard.showProgram(program.id());
        UiTestSupport.spinUntil(() -> !dashboard.isReading() && dashboard.liability() != null
                && dashboard.liability().programId() == program.id(), () -> "the dashboard shows the program");
        List<MonthFigures> months = dashboard.months();
        assertEquals(12, months.size(), "the last 12 months");
        assertEquals(YearMonth.now(), months.get(11).month());
        assertEquals(400, months.get(10).issued());
        assertEquals(200, months.get(11).issued());
        double[] issued = dashboard.chart().series().get(0).values();
        assertEquals(400, issued[10]);
        assertEquals(200, issued[11]);
        Liability liability = dashboard.liability();
        assertNotNull(liability);
        assertEquals(600, liability.outstanding());
        assertEquals(0, new BigDecimal("6.00").compareTo(liability.value()), "600 points at 0.01: " + liability);
        assertArrayEquals(new String[] { "Issued", "Redeemed", "Expired" },
                dashboard.chart().series().stream().map(s -> s.label()).toArray(String[]::new));
        LoyaltyDriver.screenshot("loyalty-dashboard.png");
    }
}
