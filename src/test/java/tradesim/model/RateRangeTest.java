package tradesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateRangeTest {

    @Test
    void zeroToOneThousandPercentInclusive() {
        assertEquals(Optional.empty(), RateRange.problem("set", 0, "0"));
        assertEquals(Optional.empty(), RateRange.problem("set", 1000, "1000"));
        assertEquals(Optional.of("set is above 1000% (found 1000.5, expected a rate from 0 to 1000 percent)"),
                RateRange.problem("set", 1000.5, "1000.5"));
        assertEquals(Optional.of("rate_pct is a negative rate (found '-1', expected a rate from 0 to 1000 percent)"),
                RateRange.problem("rate_pct", -1, "'-1'"));
        assertEquals(Optional.of("phase.to is not a finite rate (found .nan, expected a rate from 0 to 1000 percent)"),
                RateRange.problem("phase.to", Double.NaN, ".nan"));
    }

    @Test
    void modelRecordsRefuseRatesOutsideTheRangeWithTheSameWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BaseTariff("JPN", "*", "beef", 1e4, "MFN", "s"));
        assertEquals("base tariff is above 1000% (found 10000.0, expected a rate from 0 to 1000 percent)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TariffChange.Set(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new TariffChange.Phase(-0.5, 3));
        assertEquals(1000.0, new TariffChange.AtLeast(1000).ratePct());
    }
}
