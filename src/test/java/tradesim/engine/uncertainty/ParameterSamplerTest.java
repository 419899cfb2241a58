package tradesim.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import tradesim.model.Distribution;
import tradesim.model.ParameterKind;
import tradesim.model.UncertainParameter;

/** The sampled distributions match their targets (fixed seeds, Kolmogorov–Smirnov at 1%). */
class ParameterSamplerTest {

    private static final int N = 5000;

    private static double[] sample(UncertainParameter u, long seed) {
        ParameterSampler s = new ParameterSampler(List.of(u));
        s.checkSupport();
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            RandomGenerator rng = DrawSeeds.generator(seed, i);
            out[i] = s.sample(rng).get(0).values().get(u.kind());
        }
        return out;
    }

    private static UncertainParameter param(ParameterKind k, Distribution d) {
        return new UncertainParameter("beef", "*", "*", k, d);
    }

    private static void assertFits(RealDistribution target, double[] data) {
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(target, data);
        assertTrue(p > 0.01, "KS p-value " + p);
    }

    @Test
    void lognormalHasItsMedian() {
        double[] x = sample(param(ParameterKind.SUBSTITUTION, new Distribution.LogNormal(4.0, 0.3)), 11);
        assertFits(new LogNormalDistribution(Math.log(4.0), 0.3), x);
        assertEquals(4.0, new Percentile().evaluate(x, 50), 0.08);
    }

    @Test
    void uniformStaysInItsBounds() {
        double[] x = sample(param(ParameterKind.SUPPLY, new Distribution.Uniform(2, 10)), 12);
        assertFits(new UniformRealDistribution(2, 10), x);
        for (double v : x) assertTrue(v >= 2 && v <= 10);
    }

    @Test
    void triangularPeaksAtItsMode() {
        double[] x = sample(param(ParameterKind.SUBSTITUTION, new Distribution.Triangular(2, 3, 8)), 13);
        assertFits(new TriangularDistribution(2, 3, 8), x);
        int[] hist = new int[6];
        for (double v : x) hist[(int) Math.min(5, v - 2)]++;
        int peak = 0;
        for (int i = 1; i < 6; i++) if (hist[i] > hist[peak]) peak = i;
        assertEquals(1, peak, "the busiest unit bin is [3, 4), just right of the mode 3");
    }

    @Test
    void truncatedNormalNeverGivesAnInvalidValue() {
        // Half the mass of N(−0.2, 1) is above 0, where a demand elasticity is invalid.
        double[] x = sample(param(ParameterKind.DEMAND, new Distribution.Normal(-0.2, 1.0)), 14);
        for (double v : x) assertTrue(v <= 0, "ε must be <= 0: " + v);
        NormalDistribution n = new NormalDistribution(-0.2, 1.0);
        double mass = n.cumulativeProbability(0);
        RealDistribution truncated = new org.apache.commons.math3.distribution.AbstractRealDistribution(null) {
            @Override
            public double cumulativeProbability(double v) {
                return v >= 0 ? 1.0 : n.cumulativeProbability(v) / mass;
            }
            @Override
            public double density(double v) {
                return v > 0 ? 0 : n.density(v) / mass;
            }
            @Override
            public double getNumericalMean() {
                return Double.NaN;
            }
            @Override
            public double getNumericalVariance() {
                return Double.NaN;
            }
            @Override
            public double getSupportLowerBound() {
                return Double.NEGATIVE_INFINITY;
            }
            @Override
            public double getSupportUpperBound() {
                return 0;
            }
            @Override
            public boolean isSupportLowerBoundInclusive() {
                return false;
            }
            @Override
            public boolean isSupportUpperBoundInclusive() {
                return true;
            }
            @Override
            public boolean isSupportConnected() {
                return true;
            }
        };
        assertFits(truncated, x);
    }

    @Test
    void quantilesOfTheTruncatedNormalStayValid() {
        UncertainParameter u = param(ParameterKind.SUPPLY, new Distribution.Normal(0.5, 2.0));
        double lo = ParameterSampler.quantile(u, 0.05);
        double hi = ParameterSampler.quantile(u, 0.95);
        assertTrue(lo > 0 && hi > lo);
        double[] x = sample(u, 15);
        java.util.Arrays.sort(x);
        assertEquals(lo, x[(int) (0.05 * N)], 0.05);
        assertEquals(hi, x[(int) (0.95 * N)], 0.15);
    }

    @Test
    void distributionsThatCannotGiveValidValuesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ParameterSampler(List.of(param(ParameterKind.DEMAND,
                        new Distribution.LogNormal(1, 0.2)))).checkSupport());
        assertThrows(IllegalArgumentException.class,
                () -> new ParameterSampler(List.of(param(ParameterKind.SUBSTITUTION,
                        new Distribution.Uniform(-1, 3)))).checkSupport());
        assertThrows(IllegalArgumentException.class,
                () -> new ParameterSampler(List.of(param(ParameterKind.SUBSTITUTION,
                        new Distribution.Normal(-50, 1)))).checkSupport());
    }

    @Test
    void drawsDependOnlyOnSeedAndIndex() {
        UncertainParameter u = param(ParameterKind.SUBSTITUTION, new Distribution.LogNormal(4.0, 0.3));
        ParameterSampler s = new ParameterSampler(List.of(u));
        double a = s.sample(DrawSeeds.generator(7, 123)).get(0).values().get(ParameterKind.SUBSTITUTION);
        s.sample(DrawSeeds.generator(7, 5));
        double b = s.sample(DrawSeeds.generator(7, 123)).get(0).values().get(ParameterKind.SUBSTITUTION);
        double c = s.sample(DrawSeeds.generator(8, 123)).get(0).values().get(ParameterKind.SUBSTITUTION);
        assertEquals(a, b, 0.0);
        assertTrue(a != c);
    }
}
