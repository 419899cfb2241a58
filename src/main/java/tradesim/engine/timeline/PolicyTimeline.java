package tradesim.engine.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.path.NegotiationPath.PathAction;
import tradesim.model.Action;
import tradesim.model.Event;
import tradesim.model.FlowKey;
import tradesim.model.Horizon;
import tradesim.model.Scenario;
import tradesim.model.ScheduledRate;
import tradesim.model.Selector;
import tradesim.model.TariffChange;

/**
 * The policy in force in every period of one world: tariffs, demand and price shifts, purchase
 * floors, tariff-rate quotas and safeguards.
 *
 * <p>Timing ({@link Horizon#firstPeriodOnOrAfter}): an action dated D applies from the first period
 * that starts on or after D, and {@code until: U} ends it from the first period starting on or
 * after U. The rate in force is the base rate with every active action applied in stacking order.
 *
 * <p>Two layers (docs/model.md, Timing and stacking): the <em>baseline layer</em> (the dataset's
 * schedules.csv, then the scenario's {@code baseline:} events in date order) holds in both worlds;
 * a path's actions stack on top of it, in event order, in the scenario world only. So
 * {@link #baseline} is the no-change world and {@link #of} a path's world.
 */
public final class PolicyTimeline {

    private final List<YearMonth> periods;
    private final BaseTariffs base;
    /** Each kind of action on the path, in event order, with the periods in which it applies. */
    private final List<Timed<Action.Tariff>> tariffs = new ArrayList<>();
    private final List<Timed<Action.Purchase>> purchases = new ArrayList<>();
    private final List<Timed<Action.DemandShift>> demandShifts = new ArrayList<>();
    private final List<Timed<Action.PriceShift>> priceShifts = new ArrayList<>();
    private final List<Timed<Action.Safeguard>> safeguards = new ArrayList<>();
    private final List<Timed<Action.Trq>> quotas = new ArrayList<>();

    /**
     * An action with the period indices in which it applies: [start, end), and, computed once here
     * because every (period, flow) query needs them, the first period of each schedule step or of
     * each phase cut (the event date and its anniversaries); empty for actions that take no steps.
     */
    private record Timed<A extends Action>(A action, int start, int end, int[] stepPeriods) {
        Timed(A action, int start, int end) {
            this(action, start, end, new int[0]);
        }

        boolean activeIn(int period) {
            return period >= start && period < end;
        }
    }

    /** An action in force in the periods [start, end). */
    public record Span<A extends Action>(A action, int start, int end) {
        public boolean activeIn(int period) {
            return period >= start && period < end;
        }
    }

    /** An action and the date it starts, in stacking order. */
    private record Dated(LocalDate date, Action action) {
    }

    /** The baseline world: base rates, the dataset's schedules, then the scenario's {@code baseline:} events. */
    public static PolicyTimeline baseline(Scenario scenario, BaseTariffs base, List<ScheduledRate> schedules) {
        return new PolicyTimeline(scenario, base, layer(scenario, schedules));
    }

    /** The world of one path: the baseline layer, with the path's actions on top in event order. */
    public static PolicyTimeline of(Scenario scenario, BaseTariffs base, List<ScheduledRate> schedules,
                                    NegotiationPath path) {
        List<Dated> all = new ArrayList<>(layer(scenario, schedules));
        for (PathAction pa : path.actions(scenario)) all.add(new Dated(pa.event().date(), pa.action()));
        return new PolicyTimeline(scenario, base, all);
    }

    /**
     * The baseline layer in stacking order: each flow's schedules.csv rows as one schedule action
     * dated at its first step, then every action of the {@code baseline:} events in date order
     * (file order for equal dates).
     */
    private static List<Dated> layer(Scenario scenario, List<ScheduledRate> schedules) {
        Map<FlowKey, List<ScheduledRate>> byFlow = new LinkedHashMap<>();
        for (ScheduledRate r : schedules) byFlow.computeIfAbsent(r.flow(), k -> new ArrayList<>()).add(r);
        List<Dated> out = new ArrayList<>();
        for (Map.Entry<FlowKey, List<ScheduledRate>> e : byFlow.entrySet()) {
            List<ScheduledRate> rows = new ArrayList<>(e.getValue());
            rows.sort(Comparator.comparing(ScheduledRate::date));
            List<TariffChange.Schedule.Step> steps = rows.stream()
                    .map(r -> new TariffChange.Schedule.Step(r.date(), r.ratePct())).toList();
            FlowKey k = e.getKey();
            out.add(new Dated(rows.get(0).date(), new Action.Tariff(Selector.of(k.importer()),
                    Selector.of(k.exporter()), Selector.of(k.product()), new TariffChange.Schedule(steps),
                    Optional.empty())));
        }
        for (Event event : scenario.orderedBaseline()) {
            for (Action a : event.actions()) out.add(new Dated(event.date(), a));
        }
        return out;
    }

    private PolicyTimeline(Scenario scenario, BaseTariffs base, List<Dated> actions) {
        Horizon horizon = scenario.horizon();
        this.periods = horizon.periods();
        this.base = base;
        for (Dated pa : actions) {
            LocalDate date = pa.date();
            int start = horizon.firstPeriodOnOrAfter(date);
            int end = pa.action().until().map(horizon::firstPeriodOnOrAfter).orElse(periods.size());
            pa.action().accept(new Action.Visitor<Void>() {
                @Override
                public Void tariff(Action.Tariff t) {
                    tariffs.add(new Timed<>(t, start, end, stepPeriods(t.change(), date, horizon)));
                    return null;
                }

                @Override
                public Void purchase(Action.Purchase p) {
                    purchases.add(new Timed<>(p, start, end));
                    return null;
                }

                @Override
                public Void demandShift(Action.DemandShift d) {
                    demandShifts.add(new Timed<>(d, start, end));
                    return null;
                }

                @Override
                public Void priceShift(Action.PriceShift p) {
                    priceShifts.add(new Timed<>(p, start, end));
                    return null;
                }

                @Override
                public Void safeguard(Action.Safeguard g) {
                    safeguards.add(new Timed<>(g, start, end));
                    return null;
                }

                @Override
                public Void trq(Action.Trq q) {
                    quotas.add(new Timed<>(q, start, end));
                    return null;
                }
            });
        }
    }

    public List<YearMonth> periods() {
        return periods;
    }

    /** First period of each schedule step, or of each phase cut; empty for other changes. */
    private static int[] stepPeriods(TariffChange change, LocalDate eventDate, Horizon horizon) {
        List<LocalDate> dates = change.accept(new TariffChange.Visitor<List<LocalDate>>() {
            @Override
            public List<LocalDate> set(TariffChange.Set s) {
                return List.of();
            }

            @Override
            public List<LocalDate> add(TariffChange.Add a) {
                return List.of();
            }

            @Override
            public List<LocalDate> atLeast(TariffChange.AtLeast f) {
                return List.of();
            }

            @Override
            public List<LocalDate> schedule(TariffChange.Schedule s) {
                return s.steps().stream().map(TariffChange.Schedule.Step::date).toList();
            }

            @Override
            public List<LocalDate> phase(TariffChange.Phase p) {
                return IntStream.range(0, p.years()).mapToObj(eventDate::plusYears).toList();
            }
        });
        return dates.stream().mapToInt(horizon::firstPeriodOnOrAfter).toArray();
    }

    /** The ad valorem rate in force, in percent. Domestic sales carry no tariff. */
    public double tariffPct(int period, String importer, String exporter, String product) {
        if (importer.equals(exporter)) return 0.0;
        return stackedRate(period, importer, exporter, product, tariffs.size());
    }

    /**
     * Marks [m][s] every flow of {@code product} that some tariff action of this world selects, in
     * any period: the rate of every other flow is its base rate throughout. Costs the markets and
     * sources once per action plus the flows it selects, not every market × source.
     */
    public void markTariffed(String product, List<String> markets, List<String> sources, boolean[][] marked) {
        for (Timed<Action.Tariff> t : tariffs) {
            Action.Tariff tariff = t.action();
            if (!tariff.product().matches(product)) continue;
            int[] ss = IntStream.range(0, sources.size()).filter(s -> tariff.exporter().matches(sources.get(s))).toArray();
            for (int m = 0; m < markets.size(); m++) {
                if (!tariff.importer().matches(markets.get(m))) continue;
                for (int s : ss) marked[m][s] = true;
            }
        }
    }

    /**
     * The base rate with the first {@code upTo} tariff actions applied, those active in {@code period}.
     * A phase starts from the rate the actions before it give in the period it starts.
     */
    private double stackedRate(int period, String importer, String exporter, String product, int upTo) {
        double rate = base.ratePct(importer, exporter, product);
        for (int i = 0; i < upTo; i++) {
            Timed<Action.Tariff> t = tariffs.get(i);
            Action.Tariff tariff = t.action();
            if (!t.activeIn(period) || !tariff.importer().matches(importer) || !tariff.exporter().matches(exporter)
                    || !tariff.product().matches(product)) {
                continue;
            }
            rate = apply(t, i, rate, period, importer, exporter, product);
        }
        // A negative "add" can push a rate below zero; a tariff is never a subsidy here.
        return Math.max(0.0, rate);
    }

    /** The rate once tariff action {@code index} acts on {@code rate}, the rate the actions before it give. */
    private double apply(Timed<Action.Tariff> t, int index, double rate, int period, String importer, String exporter,
                         String product) {
        return t.action().change().accept(new TariffChange.Visitor<Double>() {
            @Override
            public Double set(TariffChange.Set s) {
                return s.ratePct();
            }

            @Override
            public Double add(TariffChange.Add a) {
                return rate + a.points();
            }

            @Override
            public Double atLeast(TariffChange.AtLeast f) {
                return Math.max(rate, f.ratePct());
            }

            @Override
            public Double schedule(TariffChange.Schedule s) {
                double scheduled = rate;
                for (int k = 0; k < t.stepPeriods().length; k++) {
                    if (t.stepPeriods()[k] <= period) scheduled = s.steps().get(k).ratePct();
                }
                return scheduled;
            }

            @Override
            public Double phase(TariffChange.Phase p) {
                double from = stackedRate(t.start(), importer, exporter, product, index);
                return from + (p.toPct() - from) * cutsMade(t, period) / p.years();
            }
        });
    }

    /** Cuts fall on the event date and each anniversary; count those already in force. */
    private static int cutsMade(Timed<Action.Tariff> t, int period) {
        int n = 0;
        for (int cut : t.stepPeriods()) {
            if (cut <= period) n++;
        }
        return n;
    }

    /** Product of (1 + percent/100) over active demand shifts on this market and product. */
    public double demandFactor(int period, String market, String product) {
        return shiftFactor(demandShifts, period, d -> d.market().matches(market) && d.product().matches(product),
                Action.DemandShift::percent);
    }

    /** Product of (1 + percent/100) over active price shifts on this exporter and product. */
    public double priceFactor(int period, String exporter, String product) {
        return shiftFactor(priceShifts, period, p -> p.exporter().matches(exporter) && p.product().matches(product),
                Action.PriceShift::percent);
    }

    /** Shifts stack multiplicatively, in event order. */
    private static <A extends Action> double shiftFactor(List<Timed<A>> shifts, int period, Predicate<A> matching,
                                                         ToDoubleFunction<A> percent) {
        double f = 1.0;
        for (Timed<A> t : shifts) {
            if (t.activeIn(period) && matching.test(t.action())) f *= 1.0 + percent.applyAsDouble(t.action()) / 100.0;
        }
        return f;
    }

    /** The quotas on a product in force in a period, in stacking order. */
    public List<Action.Trq> quotas(int period, String product) {
        List<Action.Trq> out = new ArrayList<>();
        for (Timed<Action.Trq> t : quotas) {
            if (t.activeIn(period) && t.action().product().matches(product)) out.add(t.action());
        }
        return out;
    }

    /** The safeguards on a product, each with the periods in which it is in force. */
    public List<Span<Action.Safeguard>> safeguards(String product) {
        List<Span<Action.Safeguard>> out = new ArrayList<>();
        for (Timed<Action.Safeguard> t : safeguards) {
            if (t.action().product().matches(product)) out.add(new Span<>(t.action(), t.start(), t.end()));
        }
        return out;
    }

    /**
     * Whether this world has a purchase floor, a quota or a safeguard on the product in any period:
     * then its flows feed back into its policy and its periods are played in order.
     */
    public boolean actsOnQuantities(String product) {
        return constrains(product) || !safeguards(product).isEmpty();
    }

    /** Whether this world has a purchase floor or a quota on the product in any period. */
    public boolean constrains(String product) {
        for (Timed<Action.Purchase> t : purchases) if (t.action().product().matches(product)) return true;
        for (Timed<Action.Trq> t : quotas) if (t.action().product().matches(product)) return true;
        return false;
    }

    /** Whether a purchase floor on the product is in force in a period. */
    public boolean hasPurchaseFloor(int period, String product) {
        for (Timed<Action.Purchase> t : purchases) {
            if (t.activeIn(period) && t.action().product().matches(product)) return true;
        }
        return false;
    }

    /** The highest active purchase floor on this flow (USD million a year), 0 when none. */
    public double purchaseFloor(int period, String importer, String exporter, String product) {
        if (importer.equals(exporter)) return 0.0;
        double floor = 0.0;
        for (Timed<Action.Purchase> t : purchases) {
            Action.Purchase p = t.action();
            if (t.activeIn(period) && p.importer().matches(importer) && p.exporter().matches(exporter)
                    && p.product().matches(product)) {
                floor = Math.max(floor, p.valueUsdM());
            }
        }
        return floor;
    }
}
