package tradesim.model;

import java.util.Objects;

/**
 * One condition of a safeguard's trigger, counted over the safeguard year on the reported flows of
 * {@code exporters} into the safeguard's importer, for its product. Every condition of a safeguard
 * must hold at once for it to trigger (the 2023 three-trigger rule of the US–Japan beef safeguard).
 */
public record SafeguardTrigger(Selector exporters, Threshold threshold) {

    public SafeguardTrigger {
        Objects.requireNonNull(exporters, "exporters");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** What the counted amount is compared with. */
    public sealed interface Threshold permits VolumeTonnes, ValueUsdM, AbovePreviousYear {
    }

    /** Holds when the year's volume so far is strictly above {@code tonnes}. */
    public record VolumeTonnes(double tonnes) implements Threshold {
        public VolumeTonnes {
            if (!Double.isFinite(tonnes) || tonnes < 0) {
                throw new IllegalArgumentException("volume_t must be finite and >= 0: " + tonnes);
            }
        }
    }

    /** Holds when the year's value so far (USD million, world prices) is strictly above {@code usdM}. */
    public record ValueUsdM(double usdM) implements Threshold {
        public ValueUsdM {
            if (!Double.isFinite(usdM) || usdM < 0) {
                throw new IllegalArgumentException("value_usd_m must be finite and >= 0: " + usdM);
            }
        }
    }

    /**
     * Holds when the year's amount so far is strictly above the same exporters' total over the whole
     * previous safeguard year (in tonnes when any condition of the safeguard counts tonnes).
     */
    public record AbovePreviousYear() implements Threshold {
    }
}
