package tradesim.engine.uncertainty;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Each Monte Carlo draw owns a generator seeded from (seed, draw index) alone, so a draw's numbers
 * never depend on which thread ran it or on what ran before.
 */
public final class DrawSeeds {

    private DrawSeeds() {
    }

    /** A fresh generator for draw {@code index} of a run seeded with {@code seed}. */
    public static RandomGenerator generator(long seed, long index) {
        return new Well19937c(seedOf(seed, index));
    }

    /**
     * Puts a generator made by {@link #generator} in the state a fresh one for draw {@code index}
     * would have: Well19937c's constructor only allocates its state and index tables (about 12 KB)
     * and then seeds it the same way, so a worker can reuse one generator for all its draws.
     */
    public static void reseed(RandomGenerator rng, long seed, long index) {
        rng.setSeed(seedOf(seed, index));
    }

    private static long seedOf(long seed, long index) {
        return mix(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** SplitMix64's finaliser: nearby (seed, index) pairs get unrelated seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
