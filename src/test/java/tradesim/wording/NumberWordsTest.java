package tradesim.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Surefire runs with a German locale; numbers for readers must not follow it. */
class NumberWordsTest {

    @Test
    void numbersReadTheSameInEveryLocale() {
        assertEquals("1,890.0", NumberWords.usd(1890));
        assertEquals("+892.8", NumberWords.signed(892.77));
        assertEquals("\u22124.0", NumberWords.signed(-4));
        assertEquals("0.0", NumberWords.signed(-0.01), "no signed zero");
        assertEquals("+43.8%", NumberWords.changePct(43.8));
        assertEquals("36.53%", NumberWords.rate(38.5 - 29.5 / 15));
        assertEquals("9%", NumberWords.rate(9));
        assertEquals("∞", NumberWords.plain(Double.POSITIVE_INFINITY));
    }

    @Test
    void nanIsABugNotANumberToPrint() {
        assertThrows(IllegalStateException.class, () -> NumberWords.usd(Double.NaN));
        assertThrows(IllegalStateException.class, () -> NumberWords.signed(Double.NaN));
    }
}
