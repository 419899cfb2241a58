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
            i = ceil(Math.log(x) / LOG_GAMMA);
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
