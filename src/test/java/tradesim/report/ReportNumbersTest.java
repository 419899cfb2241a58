package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Surefire runs with a German locale; report numbers must not follow it. */
class ReportNumbersTest {

    @Test
    void numbersReadTheSameInEveryLocale() {
        assertEquals("1,890.0", ReportNumbers.usd(1890));
        assertEquals("+892.8", ReportNumbers.signed(892.77));
        assertEquals("\u22124.0", ReportNumbers.signed(-4));
        assertEquals("0.0", ReportNumbers.signed(-0.01), "no signed zero");
        assertEquals("+43.8%", ReportNumbers.changePct(43.8));
        assertEquals("36.53%", ReportNumbers.rate(38.5 - 29.5 / 15));
        assertEquals("9%", ReportNumbers.rate(9));
        assertEquals("∞", ReportNumbers.plain(Double.POSITIVE_INFINITY));
    }

    @Test
    void nanIsABugNotANumberToPrint() {
        assertThrows(IllegalStateException.class, () -> ReportNumbers.usd(Double.NaN));
        assertThrows(IllegalStateException.class, () -> ReportNumbers.signed(Double.NaN));
    }
}
