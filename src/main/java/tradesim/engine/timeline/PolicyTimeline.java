package tradesim.engine.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.path.NegotiationPath.PathAction;
import tradesim.model.Action;
import tradesim.model.Scenario;
import tradesim.model.TariffChange;

/**
 * The policy in force in every period along one path: tariffs, demand and price shifts, and
 * purchase floors.
 *
 * <p>Timing (DESIGN.md, "Timing and stacking"): an action dated D applies from the first period
 * that starts on or after D, and {@code until: U} ends it from the first period starting on or
 * after U. The rate in force is the base rate with every active action applied in stacking order.
 */
public final class PolicyTimeline {

    private final List<YearMonth> periods;
    /** First day of each period, for the binary search in {@link #firstPeriodOnOrAfter}. */
    private final LocalDate[] periodStarts;
    private final BaseTariffs base;
    private final List<Timed> actions;

    /**
     * An action with the period indices in which it applies: [start, end), and, computed once here
     * because every (period, flow) query needs them, the first period of each schedule step or of
     * each phase cut (the event date and its anniversaries).
     */
    private record Timed(PathAction pathAction, int start, int end, int[] stepPeriods) {
        Action action() {
            return pathAction.action();
        }

        boolean activeIn(int period) {
            return period >= start && period < end;
        }
    }

    public PolicyTimeline(Scenario scenario, BaseTariffs base, NegotiationPath path) {
        this.periods = scenario.horizon().periods();
        this.periodStarts = new LocalDate[periods.size()];
        for (int i = 0; i < periodStarts.length; i++) periodStarts[i] = periods.get(i).atDay(1);
        this.base = base;
        List<Timed> timed = new ArrayList<>();
        for (PathAction pa : path.actions(scenario)) {
            int start = firstPeriodOnOrAfter(pa.event().date());
            Optional<LocalDate> until = pa.action().until();
            int end = until.map(this::firstPeriodOnOrAfter).orElse(periods.size());
            timed.add(new Timed(pa, start, end, stepPeriods(pa)));
        }
        this.actions = List.copyOf(timed);
    }

    public List<YearMonth> periods() {
        return periods;
    }

    /** Index of the first period whose first day is on or after {@code date}; size() if none. */
    public int firstPeriodOnOrAfter(LocalDate date) {
        // Period starts increase strictly, so the answer is the lower bound of date among them.
        int lo = 0;
        int hi = periodStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (periodStarts[mid].isBefore(date)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** First period of each schedule step, or of each phase cut; empty for other actions. */
    private int[] stepPeriods(PathAction pa) {
        if (!(pa.action() instanceof Action.Tariff tariff)) return new int[0];
        if (tariff.change() instanceof TariffChange.Schedule s) {
            int[] out = new int[s.steps().size()];
            for (int k = 0; k < out.length; k++) out[k] = firstPeriodOnOrAfter(s.steps().get(k).date());
            return out;
        }
        if (tariff.change() instanceof TariffChange.Phase p) {
            LocalDate d = pa.event().date();
            int[] out = new int[p.years()];
            for (int k = 0; k < out.length; k++) out[k] = firstPeriodOnOrAfter(d.plusYears(k));
            return out;
        }
        return new int[0];
    }

    /** The ad valorem rate in force, in percent. Domestic sales carry no tariff. */
    public double tariffPct(int period, String importer, String exporter, String product) {
        if (importer.equals(exporter)) return 0.0;
        return stackedRate(period, importer, exporter, product, actions.size());
    }

    /**
     * The base rate with the first {@code upTo} actions applied, those active in {@code period}.
     * A phase starts from the rate the actions before it give in the period it starts.
     */
    private double stackedRate(int period, String importer, String exporter, String product, int upTo) {
        double rate = base.ratePct(importer, exporter, product);
        for (int i = 0; i < upTo; i++) {
            Timed t = actions.get(i);
            if (!t.activeIn(period) || !(t.action() instanceof Action.Tariff tariff)) continue;
            if (!tariff.importer().matches(importer) || !tariff.exporter().matches(exporter)
                    || !tariff.product().matches(product)) {
                continue;
            }
            rate = apply(tariff.change(), t, i, rate, period, importer, exporter, product);
        }
        // A negative "add" can push a rate below zero; a tariff is never a subsidy here.
        return Math.max(0.0, rate);
    }

    private double apply(TariffChange change, Timed t, int index, double rate, int period,
                         String importer, String exporter, String product) {
        if (change instanceof TariffChange.Set s) return s.ratePct();
        if (change instanceof TariffChange.Add a) return rate + a.points();
        if (change instanceof TariffChange.AtLeast f) return Math.max(rate, f.ratePct());
        if (change instanceof TariffChange.Schedule s) return scheduledRate(s, t.stepPeriods(), period, rate);
        TariffChange.Phase p = (TariffChange.Phase) change;
        double from = stackedRate(t.start(), importer, exporter, product, index);
        return from + (p.toPct() - from) * cutsMade(t, period) / p.years();
    }

    private static double scheduledRate(TariffChange.Schedule s, int[] stepPeriods, int period, double rateBefore) {
        double rate = rateBefore;
        for (int k = 0; k < stepPeriods.length; k++) {
            if (stepPeriods[k] <= period) rate = s.steps().get(k).ratePct();
        }
        return rate;
    }

    /** Cuts fall on the event date and each anniversary; count those already in force. */
    private static int cutsMade(Timed t, int period) {
        int n = 0;
        for (int cut : t.stepPeriods()) {
            if (cut <= period) n++;
        }
        return n;
    }

    /** Product of (1 + percent/100) over active demand shifts on this market and product. */
    public double demandFactor(int period, String market, String product) {
        return shiftFactor(period, a -> a instanceof Action.DemandShift d && d.market().matches(market)
                && d.product().matches(product) ? d.percent() : 0.0);
    }

    /** Product of (1 + percent/100) over active price shifts on this exporter and product. */
    public double priceFactor(int period, String exporter, String product) {
        return shiftFactor(period, a -> a instanceof Action.PriceShift p && p.exporter().matches(exporter)
                && p.product().matches(product) ? p.percent() : 0.0);
    }

    /** Shifts stack multiplicatively; an action that does not match contributes a factor of exactly 1. */
    private double shiftFactor(int period, java.util.function.ToDoubleFunction<Action> percentIfMatching) {
        double f = 1.0;
        for (Timed t : actions) {
            if (t.activeIn(period)) f *= 1.0 + percentIfMatching.applyAsDouble(t.action()) / 100.0;
        }
        return f;
    }

    /** The highest active purchase floor on this flow (USD million a year), 0 when none. */
    public double purchaseFloor(int period, String importer, String exporter, String product) {
        if (importer.equals(exporter)) return 0.0;
        double floor = 0.0;
        for (Timed t : actions) {
            if (t.activeIn(period) && t.action() instanceof Action.Purchase p && p.importer().matches(importer)
                    && p.exporter().matches(exporter) && p.product().matches(product)) {
                floor = Math.max(floor, p.valueUsdM());
            }
        }
        return floor;
    }
}
