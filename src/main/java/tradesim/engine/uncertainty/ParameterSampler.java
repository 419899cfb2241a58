package tradesim.engine.uncertainty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import tradesim.model.Distribution;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.UncertainParameter;

/**
 * Draws the uncertain parameters of a scenario (its {@code uncertainty} block) with Commons Math
 * distributions. A normal is truncated to the parameter's valid range by rejection (σ &gt; 0,
 * ε ≤ 0, η &gt; 0, half-life ≥ 0); the other distributions must lie inside that range entirely,
 * which {@link #checkSupport} verifies before any draw.
 */
public final class ParameterSampler {

    /** Rejection gives up past this many tries; {@link #checkSupport} makes that practically unreachable. */
    private static final int MAX_REJECTIONS = 100_000;
    /** A truncated normal needs at least this much of its mass in the valid range. */
    private static final double MIN_VALID_MASS = 1e-3;

    private final List<UncertainParameter> parameters;

    public ParameterSampler(List<UncertainParameter> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    public List<UncertainParameter> parameters() {
        return parameters;
    }

    /**
     * Checks that every distribution can give valid values.
     *
     * @throws UnusableDistributionException naming the parameter and what is wrong
     */
    public void checkSupport() {
        for (UncertainParameter u : parameters) {
            ParameterKind k = u.kind();
            Distribution d = u.distribution();
            if (d instanceof Distribution.Normal n) {
                double mass = validMass(k, new NormalDistribution(null, n.mean(), n.sd()));
                if (mass < MIN_VALID_MASS) {
                    throw new UnusableDistributionException(u.label() + ": normal(mean " + n.mean() + ", sd " + n.sd()
                            + ") has almost no mass where " + k.key() + " is valid (found P = " + mass
                            + ", expected most values to be " + k.validRange() + ")");
                }
                continue;
            }
            double lo;
            double hi;
            if (d instanceof Distribution.LogNormal) {
                lo = Double.MIN_VALUE;
                hi = Double.POSITIVE_INFINITY;
            } else if (d instanceof Distribution.Uniform un) {
                lo = un.min();
                hi = un.max();
            } else {
                Distribution.Triangular t = (Distribution.Triangular) d;
                lo = t.min();
                hi = t.max();
            }
            if (!inRange(k, lo) || !inRange(k, hi)) {
                throw new UnusableDistributionException(u.label() + ": the distribution's range [" + lo + ", " + hi
                        + "] leaves the valid range (expected " + k.validRange() + ")");
            }
        }
    }

    private static boolean inRange(ParameterKind k, double v) {
        return Double.isInfinite(v) ? k == ParameterKind.SUPPLY || k == ParameterKind.SUBSTITUTION
                || k == ParameterKind.HALF_LIFE : k.isValid(v);
    }

    /** One draw: an override rule per uncertain parameter, in block order. */
    public List<ParameterRule> sample(RandomGenerator rng) {
        List<ParameterRule> out = new ArrayList<>(parameters.size());
        for (UncertainParameter u : parameters) out.add(rule(u, draw(u, rng)));
        return out;
    }

    /** The {@code p}-quantile of the parameter's (truncated) distribution. */
    public static double quantile(UncertainParameter u, double p) {
        RealDistribution d = distribution(u.distribution(), null);
        if (u.distribution() instanceof Distribution.Normal) {
            double[] bounds = validBounds(u.kind());
            double a = d.cumulativeProbability(bounds[0]);
            double b = d.cumulativeProbability(bounds[1]);
            return clampOpen(u.kind(), d.inverseCumulativeProbability(a + p * (b - a)));
        }
        return d.inverseCumulativeProbability(p);
    }

    /** An override rule that sets {@code u}'s parameter to {@code value}. */
    public static ParameterRule rule(UncertainParameter u, double value) {
        Map<ParameterKind, Double> v = new EnumMap<>(ParameterKind.class);
        v.put(u.kind(), value);
        return new ParameterRule(u.product(), u.importer(), u.exporter(), v, "uncertainty draw");
    }

    private static double draw(UncertainParameter u, RandomGenerator rng) {
        RealDistribution d = distribution(u.distribution(), rng);
        if (!(u.distribution() instanceof Distribution.Normal)) return d.sample();
        for (int i = 0; i < MAX_REJECTIONS; i++) {
            double v = d.sample();
            if (u.kind().isValid(v)) return v;
        }
        throw new IllegalStateException(u.label() + ": no valid value in " + MAX_REJECTIONS + " normal draws");
    }

    private static RealDistribution distribution(Distribution d, RandomGenerator rng) {
        if (d instanceof Distribution.Normal n) return new NormalDistribution(rng, n.mean(), n.sd());
        if (d instanceof Distribution.LogNormal l) {
            return new LogNormalDistribution(rng, Math.log(l.median()), l.sdLog());
        }
        if (d instanceof Distribution.Uniform un) return new UniformRealDistribution(rng, un.min(), un.max());
        Distribution.Triangular t = (Distribution.Triangular) d;
        return new TriangularDistribution(rng, t.min(), t.mode(), t.max());
    }

    private static double validMass(ParameterKind k, RealDistribution d) {
        double[] b = validBounds(k);
        return d.cumulativeProbability(b[1]) - d.cumulativeProbability(b[0]);
    }

    /** The valid range of each parameter as [lower, upper]. */
    private static double[] validBounds(ParameterKind k) {
        return switch (k) {
            case DEMAND -> new double[] {Double.NEGATIVE_INFINITY, 0.0};
            case SUBSTITUTION, SUPPLY, HALF_LIFE -> new double[] {0.0, Double.POSITIVE_INFINITY};
        };
    }

    /** σ and η exclude 0 itself; a quantile at exactly 0 is nudged inside. */
    private static double clampOpen(ParameterKind k, double v) {
        return k.isValid(v) ? v : Math.nextUp(0.0);
    }
}
