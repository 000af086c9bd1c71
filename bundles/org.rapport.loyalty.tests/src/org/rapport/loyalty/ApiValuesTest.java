package org.rapport.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plain values the services and the UI rely on. */
class ApiValuesTest {

    @Test
    void tiersRefuseNegativeThresholdsAndNonPositiveMultipliers() {
        assertThrows(IllegalArgumentException.class, () -> new Tier("Gold", -1, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new Tier("Gold", 10, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Tier(" ", 10, BigDecimal.ONE));
    }

    @Test
    void theNextTierIsTheOneAboveAndTheTopHasNone() {
        Program program = new Program(1, "P", "EUR", BigDecimal.ONE, 0, 12, new BigDecimal("0.01"),
                List.of(new Tier("Member", 0, BigDecimal.ONE), new Tier("Silver", 500, new BigDecimal("1.5")),
                        new Tier("Gold", 2000, BigDecimal.TWO)), null);
        assertEquals("Silver", program.tierAbove("Member").orElseThrow().name());
        assertEquals("Gold", program.tierAbove("Silver").orElseThrow().name());
        assertTrue(program.tierAbove("Gold").isEmpty());
        assertEquals("Member", program.baseTier().name());
    }

    @Test
    void aStatementSaysHowManyPointsAreMissingForTheNextTier() {
        Statement statement = new Statement(1, 2, LocalDate.of(2025, 3, 1), 100, 20, "Member", 420, "Silver", 500,
                List.of(), new LifetimeTotals(420, 300, 0, 0));
        assertEquals(80, statement.toNextTier());
    }

    @Test
    void aRewardIsValidOnItsFirstAndLastDay() {
        Reward reward = new Reward(1, 1, "MUG", "Mug", 100, 5, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        assertTrue(reward.validOn(LocalDate.of(2025, 1, 1)));
        assertTrue(reward.validOn(LocalDate.of(2025, 1, 31)));
        assertTrue(!reward.validOn(LocalDate.of(2025, 2, 1)));
    }
}
