package tradesim.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something an event (or one of its outcomes) does from the event date on, until {@link #until()}
 * if given.
 */
public sealed interface Action permits Action.Tariff, Action.Purchase, Action.DemandShift, Action.PriceShift {

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
     * A floor on the annual import value (USD million, world prices) of each matching flow, met by
     * raising that source's preference weight.
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

    /** Shifts an exporter's delivered price in every market by {@code percent}, e.g. a yen move. */
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
}
