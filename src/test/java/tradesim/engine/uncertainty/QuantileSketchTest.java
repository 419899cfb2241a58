package tradesim.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {

    private static final double[] PS = {0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0};

    /** The exact value of rank ⌊p(n−1)⌋ that the sketch's guarantee refers to. */
    private static double exact(double[] sorted, double p) {
        return sorted[(int) Math.floor(p * (sorted.length - 1))];
    }

    @Property(tries = 300)
    void everyPercentileIsWithinTheRelativeErrorBound(
            @ForAll @Size(min = 1, max = 400) List<@DoubleRange(min = 0, max = 1e9) Double> values) {
        QuantileSketch s = new QuantileSketch();
        values.forEach(s::add);
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (double p : PS) {
            double q = exact(sorted, p);
            assertTrue(Math.abs(s.quantile(p) - q) <= QuantileSketch.RELATIVE_ACCURACY * q * (1 + 1e-12),
                    "p=" + p + " sketch=" + s.quantile(p) + " exact=" + q);
        }
    }

    @Property(tries = 100)
    void mergingInAnyOrderGivesTheSameSketchAsOneStream(@ForAll @IntRange(min = 1, max = 2000) int n,
                                                       @ForAll @IntRange(min = 1, max = 7) int parts,
                                                       @ForAll long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = Math.exp(r.nextGaussian() * 3) * (r.nextInt(10) == 0 ? 0 : 1);
        QuantileSketch one = new QuantileSketch();
        for (double x : v) one.add(x);
        QuantileSketch[] pieces = new QuantileSketch[parts];
        for (int i = 0; i < parts; i++) pieces[i] = new QuantileSketch();
        for (int i = 0; i < n; i++) pieces[(i * 7 + 3) % parts].add(v[i]);
        QuantileSketch merged = new QuantileSketch();
        for (int i = parts - 1; i >= 0; i--) merged.merge(pieces[i]);
        assertEquals(one.count(), merged.count());
        for (double p : PS) assertEquals(one.quantile(p), merged.quantile(p), 0.0);
    }

    @Property(tries = 200)
    void addingInBatchesCountsExactlyAsAddingOneByOne(@ForAll @IntRange(min = 1, max = 1500) int n,
                                                      @ForAll @IntRange(min = 1, max = 64) int batch,
                                                      @ForAll long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        // Zeros, repeats, clusters and values far apart, so batches both fit and grow the counts.
        for (int i = 0; i < n; i++) {
            v[i] = switch (r.nextInt(5)) {
                case 0 -> 0.0;
                case 1 -> i > 0 ? v[i - 1] : 1.0;
                case 2 -> 1000 * (1 + 0.01 * r.nextGaussian());
                default -> Math.exp(r.nextGaussian() * 10);
            };
        }
        QuantileSketch one = new QuantileSketch();
        for (double x : v) one.add(x);
        QuantileSketch batched = new QuantileSketch();
        int[] scratch = new int[batch];
        for (int from = 0; from < n; from += batch) batched.addAll(v, from, Math.min(batch, n - from), scratch);
        assertEquals(one.count(), batched.count());
        for (int k = 0; k <= 100; k++) assertEquals(one.quantile(k / 100.0), batched.quantile(k / 100.0), 0.0);
    }

    @Test
    void aBatchWithABadValueIsRefused() {
        QuantileSketch s = new QuantileSketch();
        int[] scratch = new int[3];
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> s.addAll(new double[] {1, bad, 2}, 0, 3, scratch));
        }
    }

    @Test
    void zerosAreExactAndWideRangesStayAccurate() {
        QuantileSketch s = new QuantileSketch();
        double[] v = {0, 0, 0, 1e-9, 1e-3, 1, 1e3, 1e9, 5e9, 7};
        for (double x : v) s.add(x);
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        assertEquals(0.0, s.quantile(0.25));
        for (double p : PS) {
            double q = exact(sorted, p);
            assertTrue(Math.abs(s.quantile(p) - q) <= 1e-3 * q * (1 + 1e-12));
        }
    }

    @org.junit.jupiter.api.Test
    void ceilIsMathCeilOverTheRangeOfLogBuckets() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        double[] edges = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1e-300, -1e-300, Math.nextUp(3.0), Math.nextDown(3.0),
            Math.nextUp(-3.0), Math.nextDown(-3.0), 4e5, -4e5, Math.nextDown(4e5), Math.nextUp(-4e5)};
        for (double y : edges) {
            org.junit.jupiter.api.Assertions.assertEquals((int) Math.ceil(y), QuantileSketch.ceil(y), "y = " + y);
        }
        for (int k = 0; k < 1_000_000; k++) {
            double y = (r.nextDouble() * 2 - 1) * (k % 2 == 0 ? 4e5 : 10);
            org.junit.jupiter.api.Assertions.assertEquals((int) Math.ceil(y), QuantileSketch.ceil(y), "y = " + y);
        }
    }

    @org.junit.jupiter.api.Test
    void fastBucketIsTheDefinition() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        for (int k = 0; k < 2_000_000; k++) {
            double x = switch (k % 4) {
                case 0 -> Math.exp((r.nextDouble() * 2 - 1) * 30);                   // 1e-13 .. 1e13
                case 1 -> 1000 * Math.exp(0.4 * r.nextDouble() - 0.2);                // a typical flow
                case 2 -> Math.abs(Double.longBitsToDouble(r.nextLong()));            // any double
                default -> Math.pow((1 + 1e-3) / (1 - 1e-3), r.nextInt(-20000, 20000)); // near a boundary
            };
            if (!(x > 0) || Double.isInfinite(x)) continue;
            org.junit.jupiter.api.Assertions.assertEquals(QuantileSketch.exactBucket(x), QuantileSketch.bucket(x),
                    "x = " + x);
            double up = Math.nextUp(x);
            double down = Math.nextDown(x);
            if (down > 0) {
                org.junit.jupiter.api.Assertions.assertEquals(QuantileSketch.exactBucket(down),
                        QuantileSketch.bucket(down), "x = " + down);
            }
            if (Double.isFinite(up)) {
                org.junit.jupiter.api.Assertions.assertEquals(QuantileSketch.exactBucket(up),
                        QuantileSketch.bucket(up), "x = " + up);
            }
        }
        for (double x : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), 1.0,
            Math.nextUp(1.0), Math.nextDown(1.0), 2.0, 0.5, Double.MAX_VALUE}) {
            org.junit.jupiter.api.Assertions.assertEquals(QuantileSketch.exactBucket(x), QuantileSketch.bucket(x), "x = " + x);
        }
    }

    @org.junit.jupiter.api.Test
    void fastBucketIsTheDefinitionAtEveryBoundaryInTheRangeOfFlows() {
        // The smallest double of each bucket from 1e-6 to 1e9, found by bisection on the definition.
        double gammaLog = Math.log((1 + 1e-3) / (1 - 1e-3));
        for (int i = (int) Math.floor(Math.log(1e-6) / gammaLog); i < Math.log(1e9) / gammaLog; i++) {
            long lo = Double.doubleToLongBits(Math.exp((i - 1.5) * gammaLog));
            long hi = Double.doubleToLongBits(Math.exp((i + 0.5) * gammaLog));
            while (hi - lo > 1) {
                long mid = (lo + hi) >>> 1;
                if (QuantileSketch.exactBucket(Double.longBitsToDouble(mid)) >= i) hi = mid;
                else lo = mid;
            }
            for (long b = hi - 2; b <= hi + 2; b++) {
                double x = Double.longBitsToDouble(b);
                org.junit.jupiter.api.Assertions.assertEquals(QuantileSketch.exactBucket(x), QuantileSketch.bucket(x),
                        "x = " + x);
            }
        }
    }

    @Test
    void anAtomIsReturnedExactlyWhereTheDrawsAgree() {
        // Before any event every draw leaves a cell unchanged: the change ratio is exactly 1. Without
        // an atom the sketch answers its bucket's representative, 0.9999...; with one, exactly 1.
        QuantileSketch plain = new QuantileSketch();
        QuantileSketch exact = new QuantileSketch(1.0);
        for (int i = 0; i < 1000; i++) {
            plain.add(1.0);
            exact.add(1.0);
        }
        assertTrue(plain.quantile(0.5) != 1.0);
        for (double p : new double[] {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1}) assertEquals(1.0, exact.quantile(p));
    }

    @Test
    void theAtomKeepsItsPlaceAmongTheOtherValues() {
        // 30 draws at 0.8, 50 unchanged at 1.0, 20 at 1.3: ranks ⌊p·99⌋ 0..29 are 0.8, 30..79 the atom,
        // 80..99 are 1.3. p = 0.25 → rank 24 (0.8); 0.5 → 49 and 0.75 → 74 (exactly 1); 0.95 → 94 (1.3).
        QuantileSketch s = new QuantileSketch(1.0);
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) values[i] = i < 30 ? 0.8 : i < 80 ? 1.0 : 1.3;
        s.addAll(values, 0, 100, new int[100]);
        assertEquals(0.8, s.quantile(0.25), 0.8 * QuantileSketch.RELATIVE_ACCURACY);
        assertEquals(1.0, s.quantile(0.5));
        assertEquals(1.0, s.quantile(0.75));
        assertEquals(1.3, s.quantile(0.95), 1.3 * QuantileSketch.RELATIVE_ACCURACY);
        // merged in two halves, the same answers
        QuantileSketch a = new QuantileSketch(1.0);
        QuantileSketch b = new QuantileSketch(1.0);
        a.addAll(values, 0, 50, new int[50]);
        b.addAll(values, 50, 50, new int[50]);
        a.merge(b);
        for (double p : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) assertEquals(s.quantile(p), a.quantile(p));
    }
}
