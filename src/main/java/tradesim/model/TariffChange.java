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

    /** Calls the visitor's method for this kind of change. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of change, so a new kind fails to compile wherever changes are handled
     * (the rate in force, the words for it). No default method, on purpose.
     */
    interface Visitor<R> {
        R set(Set set);

        R add(Add add);

        R atLeast(AtLeast atLeast);

        R schedule(Schedule schedule);

        R phase(Phase phase);
    }

    /** Overrides whatever came before: the rate becomes {@code ratePct}. */
    record Set(double ratePct) implements TariffChange {
        public Set {
            RateRange.require("set", ratePct);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.set(this);
        }
    }

    /** Adds {@code points} on top of the rate in force, as Section 232 duties stack on MFN. */
    record Add(double points) implements TariffChange {
        public Add {
            if (!Double.isFinite(points)) throw new IllegalArgumentException("add must be finite: " + points);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.add(this);
        }
    }

    /** A floor: max(rate in force, {@code ratePct}), as in the 2025 "15% all-in" deal. */
    record AtLeast(double ratePct) implements TariffChange {
        public AtLeast {
            RateRange.require("at_least", ratePct);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.atLeast(this);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.schedule(this);
        }

        public record Step(LocalDate date, double ratePct) {
            public Step {
                Objects.requireNonNull(date, "date");
                RateRange.require("schedule rate", ratePct);
            }
        }
    }

    /**
     * Moves from the rate in force before the action to {@code toPct} in {@code years} equal cuts,
     * the first on the event date and then one on each anniversary.
     */
    record Phase(double toPct, int years) implements TariffChange {
        public Phase {
            RateRange.require("phase.to", toPct);
            if (years <= 0) throw new IllegalArgumentException("phase.years must be positive: " + years);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.phase(this);
        }
    }
}
