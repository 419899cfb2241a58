package tradesim.engine.safeguard;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A safeguard resolved to one product market: the flows that pay it and the flows each condition
 * counts, as [market][source] index pairs, and the periods in which the action is in force.
 *
 * @param yearStart   month (1–12) in which a safeguard year starts
 * @param payMarket   with {@code paySource}, the flows whose rate snaps back
 * @param months      how long a snap-back lasts; empty: to the end of the safeguard year
 * @param countsTonnes whether {@code above_previous_year} compares tonnes (else USD million)
 * @param activeFrom  first period index in which the action is in force
 * @param activeUntil first period index in which it is no longer in force
 */
public record SafeguardRule(String id, int yearStart, double ratePct, OptionalInt months, int[] payMarket,
                            int[] paySource, List<Condition> conditions, boolean countsTonnes, int activeFrom,
                            int activeUntil) {

    public SafeguardRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(months, "months");
        payMarket = payMarket.clone();
        paySource = paySource.clone();
        conditions = List.copyOf(conditions);
        if (yearStart < 1 || yearStart > 12) throw new IllegalArgumentException("year_start not 1-12: " + yearStart);
        if (payMarket.length != paySource.length) throw new IllegalArgumentException("paying flows mismatch");
        if (conditions.isEmpty()) throw new IllegalArgumentException("a safeguard needs a condition");
    }

    /** What a condition compares its count with. */
    public enum Kind { VOLUME_T, VALUE_USD_M, ABOVE_PREVIOUS_YEAR }

    /**
     * One condition: the counted flows (market[i], source[i]) with their tonnes per USD million at base
     * prices (10⁶ / USD per tonne; 0 where no unit value is needed), the threshold (unused for
     * above_previous_year) and the base-year amount of the counted flows in the unit the condition
     * compares, the "previous year" of a safeguard year that starts before the horizon.
     */
    public record Condition(int[] market, int[] source, double[] tonnesPerUnit, Kind kind, double threshold,
                            double baseYearAmount) {
        public Condition {
            Objects.requireNonNull(kind, "kind");
            market = market.clone();
            source = source.clone();
            tonnesPerUnit = tonnesPerUnit.clone();
            if (market.length != source.length || market.length != tonnesPerUnit.length) {
                throw new IllegalArgumentException("counted flows mismatch");
            }
        }
    }

    /** Whether the rule applies in period {@code t}. */
    public boolean activeIn(int t) {
        return t >= activeFrom && t < activeUntil;
    }
}
