package tradesim.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TradeSplitTest {

    /** Worked by hand: V^B = 200 split 50/50, V^S = 250 split 20/80. */
    @Test
    void handWorkedExample() {
        TradeSplit t = TradeSplit.of(new double[] {100, 100}, new double[] {50, 200});
        assertEquals(-60, t.diversion(0), 1e-12);   // (0.2 − 0.5) · 200
        assertEquals(60, t.diversion(1), 1e-12);    // (0.8 − 0.5) · 200
        assertEquals(10, t.creation(0), 1e-12);     // 0.2 · 50
        assertEquals(40, t.creation(1), 1e-12);     // 0.8 · 50
    }

    @Test
    void noImportsAnywhereGivesZeros() {
        TradeSplit t = TradeSplit.of(new double[3], new double[3]);
        for (int s = 0; s < 3; s++) {
            assertEquals(0.0, t.creation(s), 0.0);
            assertEquals(0.0, t.diversion(s), 0.0);
        }
    }

    @Test
    void importsFromNothingAreAllCreation() {
        TradeSplit t = TradeSplit.of(new double[] {0, 0}, new double[] {30, 10});
        assertEquals(30, t.creation(0), 0.0);
        assertEquals(0, t.diversion(0), 0.0);
        assertEquals(10, t.creation(1), 0.0);
    }

    @Test
    void importsToNothingAreAllDiversionOfTheBaseline() {
        TradeSplit t = TradeSplit.of(new double[] {30, 10}, new double[] {0, 0});
        assertEquals(-30, t.diversion(0) + t.creation(0), 1e-12);
        assertEquals(-10, t.diversion(1) + t.creation(1), 1e-12);
    }

    /** The mask leaves domestic sales out of V; the masked entry gets 0. */
    @Test
    void maskExcludesDomesticSales() {
        TradeSplit masked = TradeSplit.of(new double[] {100, 100, 5000}, new double[] {50, 200, 1},
                new boolean[] {true, true, false});
        TradeSplit plain = TradeSplit.of(new double[] {100, 100, 0}, new double[] {50, 200, 0});
        for (int s = 0; s < 2; s++) {
            assertEquals(plain.creation(s), masked.creation(s), 0.0);
            assertEquals(plain.diversion(s), masked.diversion(s), 0.0);
        }
        assertEquals(0.0, masked.creation(2), 0.0);
        assertEquals(0.0, masked.diversion(2), 0.0);
    }

    @Test
    void mismatchedLengthsAndNegativeValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TradeSplit.of(new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> TradeSplit.of(new double[] {-1, 0}, new double[2]));
    }
}
