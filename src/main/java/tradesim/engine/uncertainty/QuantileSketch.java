package tradesim.engine.uncertainty;

import java.util.Arrays;

/**
 * Percentiles of a stream of non-negative values with a guaranteed relative error, in memory that
 * grows with the spread of the values, not their number: the log-bucket sketch of Masson, Rim and
 * Lee (2019), "DDSketch: a fast and fully-mergeable quantile sketch with relative-error guarantees",
 * PVLDB 12(12).
 *
 * <p>A positive value x falls in bucket i = ⌈log_γ x⌉ with γ = (1 + α)/(1 − α); the bucket's
 * representative 2γ^i/(γ + 1) is within relative error α of every value in it. So the returned
 * p-quantile q̂ satisfies |q̂ − q| ≤ α·q, where q is the exact value of rank ⌊p·(n − 1)⌋ (0-based)
 * among the n values. Zeros are counted apart and returned exactly. Counts are integers, so
 * sketches merge exactly and the result never depends on the order values arrived in.
 */
public final class QuantileSketch {

    /** Relative accuracy of every percentile tables report. */
    public static final double RELATIVE_ACCURACY = 1e-3;

    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    private int[] counts = new int[0];
    private int offset;
    // The last positive value added and its bucket: values repeat often across draws (flows an
    // event never touches), and the same value always has the same bucket.
    private double lastValue = Double.NaN;
    private int lastBucket;
    private long zeros;
    private long total;

    /** Adds a finite value ≥ 0. */
    public void add(double x) {
        if (!(x >= 0) || Double.isInfinite(x)) throw new IllegalArgumentException("sketch takes finite x >= 0: " + x);
        total++;
        if (x == 0.0) {
            zeros++;
            return;
        }
        int i;
        if (x == lastValue) {
            i = lastBucket;
        } else {
            i = bucket(x);
            lastValue = x;
            lastBucket = i;
        }
        if (counts.length == 0) {
            counts = new int[8];
            offset = i - 4;
        }
        int j = i - offset;
        if (j < 0 || j >= counts.length) {
            grow(i);
            j = i - offset;
        }
        counts[j]++;
    }

    // ---- the bucket index ⌈ln x / ln γ⌉, fast and exact ----

    private static final int TABLE_BITS = 7;
    private static final double[] LOG_CENTRE = new double[1 << TABLE_BITS];
    private static final double[] INVERSE_CENTRE = new double[1 << TABLE_BITS];
    private static final double LN2 = Math.log(2);
    private static final double INVERSE_LOG_GAMMA = 1 / LOG_GAMMA;
    /** y within this of an integer goes the slow way; the fast y is within 1e-9 of the exact one. */
    private static final double NEAR_INTEGER = 1e-6;

    static {
        for (int k = 0; k < LOG_CENTRE.length; k++) {
            double centre = 1 + (k + 0.5) / LOG_CENTRE.length;
            LOG_CENTRE[k] = Math.log(centre);
            INVERSE_CENTRE[k] = 1 / centre;
        }
    }

    /**
     * The bucket of x > 0: exactly {@code ceil(Math.log(x) / LOG_GAMMA)}, the definition, which
     * {@link #exactBucket} computes. This runs for every cell of every draw, so it first estimates
     * ln x as e·ln 2 + ln c_k + ln(1 + r), with c_k the centre of one of 128 slices of the mantissa
     * m ∈ [1, 2), r = m/c_k − 1 (|r| ≤ 1/256) and five terms of the series (truncation < 1e-15).
     * That estimate is within 1e-12 of ln x, so y = ln x / ln γ is within 1e-9 of the exact
     * quotient (ln γ = 0.002); whenever y lies within {@link #NEAR_INTEGER} of an integer (one value
     * in ~10⁶), or x is subnormal, the exact definition decides. Elsewhere both have the same ceiling.
     * QuantileSketchTest compares the two on millions of values and on every bucket boundary.
     */
    static int bucket(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52);
        if (biased == 0) return exactBucket(x);   // subnormal
        long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
        int k = (int) (mantissa >>> (52 - TABLE_BITS));
        double m = Double.longBitsToDouble(mantissa | 0x3FF0_0000_0000_0000L);
        double r = m * INVERSE_CENTRE[k] - 1;
        double lnm = LOG_CENTRE[k] + r * (1 - r * (0.5 - r * (1.0 / 3 - r * (0.25 - r * 0.2))));
        double y = ((biased - 1023) * LN2 + lnm) * INVERSE_LOG_GAMMA;
        double nearest = Math.rint(y);
        if (Math.abs(y - nearest) < NEAR_INTEGER) return exactBucket(x);
        return ceil(y);
    }

    /** The definition of a value's bucket. */
    static int exactBucket(double x) {
        return ceil(Math.log(x) / LOG_GAMMA);
    }

    /**
     * ⌈y⌉ as an int, the same number as {@code (int) Math.ceil(y)} for |y| < 2³¹ (|ln x / ln γ| stays
     * below 4·10⁵ for every finite double). Written out because Math.ceil is not an intrinsic
     * everywhere, and this runs for every value of every draw.
     */
    static int ceil(double y) {
        int i = (int) y;   // toward zero: ⌈y⌉ for negative y, ⌊y⌋ for positive y
        return y > i ? i + 1 : i;
    }

    /** Adds every value of {@code other}; the result is the sketch of both streams. */
    public void merge(QuantileSketch other) {
        zeros += other.zeros;
        total += other.total;
        for (int j = 0; j < other.counts.length; j++) {
            if (other.counts[j] == 0) continue;
            int i = j + other.offset;
            if (counts.length == 0) {
                counts = new int[8];
                offset = i - 4;
            }
            if (i - offset < 0 || i - offset >= counts.length) grow(i);
            counts[i - offset] += other.counts[j];
        }
    }

    public long count() {
        return total;
    }

    /** The p-quantile (0 ≤ p ≤ 1) within relative error {@link #RELATIVE_ACCURACY}. */
    public double quantile(double p) {
        if (total == 0) throw new IllegalStateException("no values");
        long rank = (long) Math.floor(p * (total - 1));
        if (rank < zeros) return 0.0;
        long seen = zeros;
        for (int j = 0; j < counts.length; j++) {
            seen += counts[j];
            if (seen > rank) return 2 * Math.pow(GAMMA, j + offset) / (GAMMA + 1);
        }
        throw new IllegalStateException("rank beyond count");
    }

    private void grow(int i) {
        int lo = Math.min(offset, i);
        int hi = Math.max(offset + counts.length - 1, i);
        int size = Math.max(hi - lo + 1, counts.length * 2);
        int newOffset = i < offset ? hi - size + 1 : lo;
        int[] next = new int[size];
        System.arraycopy(counts, 0, next, offset - newOffset, counts.length);
        counts = next;
        offset = newOffset;
    }

    @Override
    public String toString() {
        return "QuantileSketch[n=" + total + ", zeros=" + zeros + ", buckets=" + Arrays.stream(counts).filter(c -> c > 0)
                .count() + "]";
    }
}
