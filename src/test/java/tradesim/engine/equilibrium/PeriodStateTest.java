package tradesim.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodStateTest {

    private static ProductMarket market() {
        return Markets.market(new double[][] {{300, 100, 20}, {50, 200, 0}},
                new double[][] {{0, 0.1, 0.385}, {0.05, 0, 0}}, new double[] {4, 3}, new double[] {-1, -0.8},
                new double[] {2, 5, Double.POSITIVE_INFINITY});
    }

    @Test
    void statesBuiltFromTheSameNumbersAreOneKey() {
        ProductMarket mk = market();
        PeriodState a = PeriodState.base(mk, new double[] {1.03, 1.0}, new double[] {1.02, 1.0, 1.01})
                .withTariff(0, 2, 0.09).withWedge(0, 1, -0.12);
        PeriodState b = PeriodState.base(mk, new double[] {1.03, 1.0}, new double[] {1.02, 1.0, 1.01})
                .withWedge(0, 1, -0.12).withTariff(0, 2, 0.09);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        Map<PeriodState, String> memo = new HashMap<>();
        memo.put(a, "solved");
        assertEquals("solved", memo.get(b));
    }

    @Test
    void anyFieldTellsStatesApart() {
        ProductMarket mk = market();
        PeriodState s = PeriodState.base(mk);
        assertNotEquals(s, s.withTariff(1, 0, 0.0500001));
        assertNotEquals(s, s.withWedge(1, 1, 1e-9));
        assertNotEquals(s, PeriodState.base(mk, new double[] {1, 1.0000001}, new double[] {1, 1, 1}));
        assertNotEquals(s, PeriodState.base(mk, new double[] {1, 1}, new double[] {1, 1, 1.0000001}));
        assertNotEquals(s, new PeriodState(s.tariff(), s.demandFactor(), s.supplyFactor(),
                new double[] {1, 0.9, 1}, s.wedge()));
    }

    @Test
    void theBaseWithoutGrowthIsTheBaseState() {
        ProductMarket mk = market();
        PeriodState base = PeriodState.base(mk, new double[] {1, 1}, new double[] {1, 1, 1});
        assertEquals(PeriodState.base(mk), base);
        for (int m = 0; m < 2; m++) {
            for (int s = 0; s < 3; s++) {
                assertEquals(mk.baseTariff(m, s), base.tariff(m, s), 0.0);
                assertEquals(0.0, base.wedge(m, s), 0.0);
            }
        }
        for (int s = 0; s < 3; s++) assertEquals(1.0, base.priceFactor(s), 0.0);
    }
}
