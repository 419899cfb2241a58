package tradesim.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something an event (or one of its outcomes) does from the event date on, until {@link #until()}
 * if given.
 */
public sealed interface Action
        permits Action.Tariff, Action.Purchase, Action.DemandShift, Action.PriceShift, Action.Safeguard, Action.Trq {

    /** From the first period starting on or after this date the action no longer applies. */
    Optional<LocalDate> until();

    /** Calls the visitor's method for this kind of action. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of action. A new kind adds a method here, so every place that handles
     * actions fails to compile until it says what the new kind does there. There is deliberately no
     * default method: a default would let a new kind pass silently.
     */
    interface Visitor<R> {
        R tariff(Tariff tariff);

        R purchase(Purchase purchase);

        R demandShift(DemandShift shift);

        R priceShift(PriceShift shift);

        R safeguard(Safeguard safeguard);

        R trq(Trq trq);
    }

    /** Changes the ad valorem tariff on every matching (importer, exporter, product), importer != exporter. */
    record Tariff(Selector importer, Selector exporter, Selector product, TariffChange change,
                  Optional<LocalDate> until) implements Action {
        public Tariff {
            Objects.requireNonNull(importer, "importer");
            Objects.requireNonNull(exporter, "exporter");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(until, "until");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tariff(this);
        }

        /** Whether this tariff acts on the flow: every selector matches, and it is not a domestic sale. */
        public boolean covers(FlowKey flow) {
            return !flow.isDomestic() && importer.matches(flow.importer()) && exporter.matches(flow.exporter())
                    && product.matches(flow.product());
        }
    }

    /**
     * A floor on the annual import value (USD million, world prices) of each matching flow, met by a
     * shadow import subsidy that the importer's government pays (the treatment of the US–China
     * Phase One purchases in Feenstra &amp; Hong 2020).
     */
    record Purchase(Selector importer, Selector exporter, Selector product, double valueUsdM,
                    Optional<LocalDate> until) implements Action {
        public Purchase {
            Objects.requireNonNull(importer, "importer");
            Objects.requireNonNull(exporter, "exporter");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(until, "until");
            if (!Double.isFinite(valueUsdM) || valueUsdM < 0) {
                throw new IllegalArgumentException("purchase value must be finite and >= 0: " + valueUsdM);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.purchase(this);
        }
    }

    /** Shifts composite demand in a market by {@code percent} (factor 1 + percent/100). */
    record DemandShift(Selector market, Selector product, double percent, Optional<LocalDate> until)
            implements Action {
        public DemandShift {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(until, "until");
            if (!Double.isFinite(percent) || percent <= -100) {
                throw new IllegalArgumentException("demand_shift percent must be finite and > -100: " + percent);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.demandShift(this);
        }
    }

    /**
     * Moves an exporter's cost in USD by {@code percent}, e.g. a yen move: a supply-side cost shifter,
     * so a 10% depreciation (percent = -10) lets it supply the same quantity 10% cheaper.
     */
    record PriceShift(Selector exporter, Selector product, double percent, Optional<LocalDate> until)
            implements Action {
        public PriceShift {
            Objects.requireNonNull(exporter, "exporter");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(until, "until");
            if (!Double.isFinite(percent) || percent <= -100) {
                throw new IllegalArgumentException("price_shift percent must be finite and > -100: " + percent);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.priceShift(this);
        }
    }

    /**
     * A tariff that snaps back when imports pass trigger volumes or values over a safeguard year
     * (Japan's beef safeguard under the USJTA and CPTPP). While it applies, the paying flows' rate is
     * max(rate in force, {@code ratePct}).
     *
     * @param id        unique in the scenario file; names the safeguard in outputs
     * @param exporter  the exporters who pay the safeguard duty
     * @param yearStart month (1–12) in which the safeguard year starts; 4 for Japan's fiscal year
     * @param triggers  every condition must hold
     * @param months    how long it applies once triggered; empty: to the end of the safeguard year
     */
    record Safeguard(String id, Selector importer, Selector exporter, Selector product, int yearStart,
                     List<SafeguardTrigger> triggers, double ratePct, OptionalInt months,
                     Optional<LocalDate> until) implements Action {
        public Safeguard {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(importer, "importer");
            Objects.requireNonNull(exporter, "exporter");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(months, "months");
            Objects.requireNonNull(until, "until");
            triggers = List.copyOf(triggers);
            if (yearStart < 1 || yearStart > 12) throw new IllegalArgumentException("year_start not 1-12: " + yearStart);
            if (triggers.isEmpty()) throw new IllegalArgumentException("a safeguard needs a trigger");
            RateRange.require("safeguard rate", ratePct);
            if (months.isPresent() && months.getAsInt() < 1) {
                throw new IllegalArgumentException("safeguard months must be >= 1: " + months);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.safeguard(this);
        }

        /** True when any condition counts tonnes, so above_previous_year compares tonnes too. */
        public boolean countsTonnes() {
            return triggers.stream().anyMatch(t -> t.threshold() instanceof SafeguardTrigger.VolumeTonnes);
        }
    }

    /**
     * A tariff-rate quota: the covered flows pay {@code inQuotaPct} up to a yearly quota and the rate in
     * force above it; the gap is a quota rent held by the importer or by each covered exporter.
     *
     * @param id       unique in the scenario file; names the quota in outputs
     * @param exporter the flows under the one quota (a list shares it)
     */
    record Trq(String id, Selector importer, Selector exporter, Selector product, Quota quota, double inQuotaPct,
               RentHolder rentTo, Optional<LocalDate> until) implements Action {
        public Trq {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(importer, "importer");
            Objects.requireNonNull(exporter, "exporter");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(quota, "quota");
            Objects.requireNonNull(rentTo, "rentTo");
            Objects.requireNonNull(until, "until");
            RateRange.require("in_quota", inQuotaPct);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.trq(this);
        }
    }

    /** A yearly quota amount, in tonnes or in USD million at world prices. */
    record Quota(double amount, QuantityUnit unit) {
        public Quota {
            Objects.requireNonNull(unit, "unit");
            if (!Double.isFinite(amount) || amount < 0) throw new IllegalArgumentException("quota must be >= 0: " + amount);
        }
    }

    /** The unit a quantity constraint or a trigger counts in. */
    enum QuantityUnit {
        TONNES("t"), USD_M("usd_m");

        private final String csv;

        QuantityUnit(String csv) {
            this.csv = csv;
        }

        /** As written in constraints.csv's {@code unit} column. */
        public String csv() {
            return csv;
        }
    }

    /** Who holds a quota's rent. */
    enum RentHolder {
        IMPORTER, EXPORTER
    }
}
