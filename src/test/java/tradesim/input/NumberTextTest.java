package tradesim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void readsPlainDecimalsAndInfinity() {
        assertEquals(38.5, NumberText.read("38.5").value());
        assertEquals(-0.8, NumberText.read(" -0.8 ").value());
        assertEquals(1000, NumberText.read("1e3").value());
        assertEquals(0.5, NumberText.read(".5").value());
        assertEquals(Double.POSITIVE_INFINITY, NumberText.read("inf").value());
        assertEquals(Double.POSITIVE_INFINITY, NumberText.read(".inf").value());
        assertTrue(Double.isNaN(NumberText.read(".nan").value()));
        assertTrue(NumberText.read(".nan").ok()); // recognised, so callers can say "not finite"
    }

    @Test
    void explainsCommonMistakes() {
        assertEquals("value is not a number: use '.' as the decimal point and no thousands separator",
                NumberText.read("1,234.5").message("value"));
        assertEquals("value is not a number: a percent sign is not part of a number; write 12",
                NumberText.read("12%").message("value"));
        assertEquals("value is not a number", NumberText.read("abc").message("value"));
        assertFalse(NumberText.read("0x10").ok());
        assertFalse(NumberText.read("1.2.3").ok());
    }

    @Test
    void formatsWithoutLocaleOrBinaryNoise() {
        assertEquals("0.3", NumberText.format(0.1 + 0.2));
        assertEquals("1500", NumberText.format(1500));
        assertEquals("-2.5", NumberText.format(-2.5));
        assertEquals("inf", NumberText.format(Double.POSITIVE_INFINITY));
    }
}
