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
 *
 * <p>A sketch may also have an <em>atom</em>, a value it counts exactly, with the number of values
 * below it: a quantile whose rank falls among the copies of the atom is the atom itself, not its
 * bucket's representative. Monte Carlo bands use it for the draws that leave a cell unchanged
 * (change ratio exactly 1, value exactly the baseline), so agreeing draws give exact percentiles.
 */
public final class QuantileSketch {

    /** Relative accuracy of every percentile tables report. */
    public static final double RELATIVE_ACCURACY = 1e-3;

    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    private int[] counts = new int[0];
    private int offset;
    private long zeros;
    private long total;
    /** The value counted exactly (NaN: none), its copies, and how many values lie below it. */
    private final double atom;
    private long atoms;
    private long belowAtom;

    /** A sketch without an atom. */
    public QuantileSketch() {
        this(Double.NaN);
    }

    /** A sketch that counts copies of {@code atom} (finite, ≥ 0) exactly; NaN for none. */
    public QuantileSketch(double atom) {
        if (!Double.isNaN(atom)) requireFinitePositiveOrZero(atom);
        this.atom = atom;
    }

    /** Adds a finite value ≥ 0. */
    public void add(double x) {
        requireFinitePositiveOrZero(x);
        total++;
        if (x == atom) {
            atoms++;
            return;
        }
        if (x < atom) belowAtom++;
        if (x == 0.0) {
            zeros++;
            return;
        }
        int i = bucket(x);
        reserve(i, i);
        counts[i - offset]++;
    }

    /**
     * Adds {@code values[from]} to {@code values[from + n - 1]}: the same counts as n calls to
     * {@link #add}, in two passes. The first finds every bucket into {@code scratch} (length ≥ n)
     * and their range, so the counts are made large enough once; the second counts, so finding one
     * value's bucket never waits on counting the last. Monte Carlo adds a block of draws to each
     * cell's sketch this way.
     */
    public void addAll(double[] values, int from, int n, int[] scratch) {
        int positives = 0;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        // Many cells take the same value in every draw (periods before any event, flows nothing
        // touches): a value equal to the one before it reuses its bucket, and a block that lands
        // in one bucket is counted in one addition.
        double previous = Double.NaN;
        int previousBucket = 0;
        int zerosHere = 0;
        for (int k = 0; k < n; k++) {
            double x = values[from + k];
            requireFinitePositiveOrZero(x);
            if (x == atom) {
                atoms++;
                continue;
            }
            if (x < atom) belowAtom++;
            if (x == 0.0) {
                zerosHere++;
                continue;
            }
            int i = x == previous ? previousBucket : bucket(x);
            previous = x;
            previousBucket = i;
            scratch[positives++] = i;
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
        }
        total += n;
        zeros += zerosHere;
        if (positives == 0) return;
        reserve(lo, hi);
        int base = offset;
        int[] c = counts;
        if (lo == hi) {
            c[lo - base] += positives;
            return;
        }
        for (int k = 0; k < positives; k++) c[scratch[k] - base]++;
    }

    private static void requireFinitePositiveOrZero(double x) {
        if (!(x >= 0) || x == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("sketch takes finite x >= 0: " + x);
        }
    }

    /** Makes buckets lo to hi addressable in {@link #counts}. */
    private void reserve(int lo, int hi) {
        if (counts.length == 0) {
            counts = new int[8];
            offset = lo - 4;
        }
        if (lo < offset) grow(lo);
        if (hi - offset >= counts.length) grow(hi);
    }

    // ---- the bucket index ⌈ln x / ln γ⌉, fast and exact ----

    /** Mantissa slices per binade; each spans under one bucket, so it holds at most one boundary. */
    private static final int SLICE_BITS = 9;
    private static final int SLICE_SHIFT = 52 - SLICE_BITS;
    private static final long MANTISSA = 0x000F_FFFF_FFFF_FFFFL;
    /** Per biased exponent (1 to 2046), the slices' buckets, made when a value first needs them. */
    private static final BucketTable[] TABLES = new BucketTable[2047];

    /**
     * The bucket of a finite x > 0: exactly {@code ceil(Math.log(x) / LOG_GAMMA)}, the definition,
     * which {@link #exactBucket} computes, found without a logarithm since this runs for every cell
     * of every draw. The mantissa's top {@value #SLICE_BITS} bits cut each binade [2^e, 2^(e+1)) into
     * slices of relative width at most 2^−9, narrower than a bucket (ln γ ≈ 0.002 > ln(1 + 2^−9)),
     * so the definition takes at most two neighbouring values on a slice. {@link BucketTable} holds,
     * per slice, the bucket of its smallest double and the first double of the next bucket, both
     * found with the definition itself (it is monotone: Math.log is semi-monotonic, and division by
     * a positive constant and the ceiling keep the order). Subnormal x go to the definition.
     * QuantileSketchTest compares the two on millions of values and at every bucket boundary.
     */
    static int bucket(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52);
        if (biased == 0) return exactBucket(x);   // subnormal
        BucketTable t = TABLES[biased];
        if (t == null) {
            // A race only makes the same immutable table twice; final fields publish it safely.
            t = new BucketTable(biased);
            TABLES[biased] = t;
        }
        long mantissa = bits & MANTISSA;
        int k = (int) (mantissa >>> SLICE_SHIFT);
        return t.base[k] + (mantissa >= t.split[k] ? 1 : 0);
    }

    /** The slices of one binade: {@code base[k]}, and {@code split[k]}, the mantissa where base + 1 starts. */
    private static final class BucketTable {
        final int[] base = new int[1 << SLICE_BITS];
        final long[] split = new long[1 << SLICE_BITS];

        BucketTable(int biased) {
            for (int k = 0; k < base.length; k++) {
                long first = ((long) biased << 52) | ((long) k << SLICE_SHIFT);
                long last = first | ((1L << SLICE_SHIFT) - 1);
                int low = exactBucket(Double.longBitsToDouble(first));
                int high = exactBucket(Double.longBitsToDouble(last));
                base[k] = low;
                if (high == low) {
                    split[k] = Long.MAX_VALUE;   // no boundary: no mantissa reaches it
                    continue;
                }
                if (high != low + 1) {
                    throw new AssertionError("a slice spans buckets " + low + " to " + high + " (exponent " + biased + ")");
                }
                long lo = first;   // bucket low
                long hi = last;    // bucket low + 1
                while (hi - lo > 1) {
                    long mid = (lo + hi) >>> 1;
                    if (exactBucket(Double.longBitsToDouble(mid)) > low) hi = mid;
                    else lo = mid;
                }
                split[k] = hi & MANTISSA;
            }
        }
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
        if (Double.compare(atom, other.atom) != 0) {
            throw new IllegalArgumentException("sketches with atoms " + atom + " and " + other.atom + " do not merge");
        }
        zeros += other.zeros;
        total += other.total;
        atoms += other.atoms;
        belowAtom += other.belowAtom;
        for (int j = 0; j < other.counts.length; j++) {
            if (other.counts[j] == 0) continue;
            int i = j + other.offset;
            reserve(i, i);
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
        if (atoms > 0) {
            // the sorted values: those below the atom, the atom's copies, those above it
            if (rank >= belowAtom && rank < belowAtom + atoms) return atom;
            if (rank >= belowAtom + atoms) rank -= atoms;
        }
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
