package tradesim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a tariff action does to the rate in force. Rates are in percent (ad valorem).
 * Exactly one of these per action; they are applied in event order, period by period.
 */
public sealed interface TariffChange
        permits TariffChange.Set, TariffChange.Add, TariffChange.AtLeast, TariffChange.Schedule, TariffChange.Phase {

    /** Overrides whatever came before: the rate becomes {@code ratePct}. */
    record Set(double ratePct) implements TariffChange {
        public Set {
            requireRate(ratePct, "set");
        }
    }

    /** Adds {@code points} on top of the rate in force, as Section 232 duties stack on MFN. */
    record Add(double points) implements TariffChange {
        public Add {
            if (!Double.isFinite(points)) throw new IllegalArgumentException("add must be finite: " + points);
        }
    }

    /** A floor: max(rate in force, {@code ratePct}), as in the 2025 "15% all-in" deal. */
    record AtLeast(double ratePct) implements TariffChange {
        public AtLeast {
            requireRate(ratePct, "at_least");
        }
    }

    /** Each step sets its rate from its own date on. Steps are in date order. */
    record Schedule(List<Step> steps) implements TariffChange {
        public Schedule {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) throw new IllegalArgumentException("schedule needs at least one step");
            for (int i = 1; i < steps.size(); i++) {
                if (!steps.get(i).date().isAfter(steps.get(i - 1).date())) {
                    throw new IllegalArgumentException("schedule dates must increase: " + steps);
                }
            }
        }

        public record Step(LocalDate date, double ratePct) {
            public Step {
                Objects.requireNonNull(date, "date");
                requireRate(ratePct, "schedule rate");
            }
        }
    }

    /**
     * Moves from the rate in force before the action to {@code toPct} in {@code years} equal cuts,
     * the first on the event date and then one on each anniversary.
     */
    record Phase(double toPct, int years) implements TariffChange {
        public Phase {
            requireRate(toPct, "phase.to");
            if (years <= 0) throw new IllegalArgumentException("phase.years must be positive: " + years);
        }
    }

    /** Highest rate a scenario may name, in percent. */
    double MAX_RATE_PCT = 1000.0;

    private static void requireRate(double ratePct, String what) {
        if (!Double.isFinite(ratePct) || ratePct < 0 || ratePct > MAX_RATE_PCT) {
            throw new IllegalArgumentException(what + " rate must be in [0, 1000]: " + ratePct);
        }
    }
}
