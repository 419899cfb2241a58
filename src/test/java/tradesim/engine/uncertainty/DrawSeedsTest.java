package tradesim.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class DrawSeedsTest {

    /** The numbers a generator gives: uniforms, ints and Gaussians (which cache every second value). */
    private static double[] numbers(RandomGenerator rng) {
        double[] out = new double[40];
        for (int k = 0; k < out.length; k++) {
            out[k] = switch (k % 3) {
                case 0 -> rng.nextDouble();
                case 1 -> rng.nextInt(1000);
                default -> rng.nextGaussian();
            };
        }
        return out;
    }

    @Test
    void aReseededGeneratorGivesExactlyTheNumbersOfAFreshOne() {
        RandomGenerator reused = DrawSeeds.generator(20180926L, 0);
        for (long index : new long[] {0, 1, 2, 63, 64, 9999, 123456789L}) {
            // Leave a Gaussian in the cache, which a fresh generator would not have.
            reused.nextGaussian();
            DrawSeeds.reseed(reused, 20180926L, index);
            double[] expected = numbers(DrawSeeds.generator(20180926L, index));
            double[] actual = numbers(reused);
            for (int k = 0; k < expected.length; k++) assertEquals(expected[k], actual[k], 0.0, "draw " + index + ", number " + k);
        }
    }

    @Test
    void nearbySeedsAndIndicesGiveDifferentStreams() {
        double a = DrawSeeds.generator(7, 1).nextDouble();
        double b = DrawSeeds.generator(7, 2).nextDouble();
        double c = DrawSeeds.generator(8, 1).nextDouble();
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
        org.junit.jupiter.api.Assertions.assertNotEquals(a, c);
    }
}
