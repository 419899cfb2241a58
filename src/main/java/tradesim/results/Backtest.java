package tradesim.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.ObservedValue;

/**
 * A run set against what the followed flows actually did. Per flow and year: the model's annual
 * value (the base-year flow in the dataset's base year, then annual.csv's value), the observed value,
 * both year-on-year changes, and both as an index with the dataset's base year at 100. Years up to
 * the calibration end are in-sample, later ones out-of-sample; the score is the mean absolute error
 * of the year-on-year changes, in percentage points, in each sample.
 *
 * <p>Nothing is fitted: the model has no estimated parameters. The split is reported so that a
 * future calibration uses only the in-sample years.
 */
public record Backtest(RunResult run, int calibrationEnd, List<Row> rows, Score inSample, Score outOfSample) {

    /** The default last in-sample year. */
    public static final int DEFAULT_CALIBRATION_END = 2019;

    /** One flow in one year; an empty observed value means the file has none for that year. */
    public record Row(FlowKey flow, int year, boolean inSample, double modelValueUsdM,
                      OptionalDouble observedValueUsdM, OptionalDouble modelYoyPct, OptionalDouble observedYoyPct,
                      double modelIndex, OptionalDouble observedIndex, OptionalDouble flowMaePp) {

        /** Model minus observed year-on-year change, percentage points, when both exist. */
        public OptionalDouble yoyErrorPp() {
            if (modelYoyPct.isEmpty() || observedYoyPct.isEmpty()) return OptionalDouble.empty();
            return OptionalDouble.of(modelYoyPct.getAsDouble() - observedYoyPct.getAsDouble());
        }
    }

    /** Mean absolute error in percentage points over {@code count} flow-years (empty when none). */
    public record Score(OptionalDouble maePp, int count) {
    }

    public Backtest {
        rows = List.copyOf(rows);
    }

    /**
     * Rows for every observed flow (in the run's flow order) and every year from the dataset's base
     * year to the last observed year.
     */
    public static Backtest of(RunResult run, List<ObservedValue> observed, int calibrationEnd) {
        int baseYear = run.dataset().baseYear();
        Map<FlowKey, Map<Integer, Double>> model = new LinkedHashMap<>();
        for (AnnualFlows.AnnualRow a : AnnualFlows.of(run.flows(), run.scenario().horizon().periodMonths())) {
            // a part year's sum is not a year's trade
            if (a.months() == 12) model.computeIfAbsent(a.flow(), k -> new TreeMap<>()).put(a.year(), a.valueUsdM());
        }
        for (Flow f : run.dataset().flows()) {
            Map<Integer, Double> m = model.get(f.key());
            if (m != null) m.put(baseYear, f.valueUsdM());
        }
        Map<FlowKey, Map<Integer, Double>> seen = new LinkedHashMap<>();
        int lastYear = baseYear;
        for (ObservedValue o : observed) {
            seen.computeIfAbsent(o.flow(), k -> new TreeMap<>()).put(o.year(), o.valueUsdM());
            lastYear = Math.max(lastYear, o.year());
        }
        List<Row> rows = new ArrayList<>();
        List<Double> inErrors = new ArrayList<>();
        List<Double> outErrors = new ArrayList<>();
        for (Map.Entry<FlowKey, Map<Integer, Double>> e : model.entrySet()) {
            Map<Integer, Double> obs = seen.get(e.getKey());
            if (obs == null) continue;
            Map<Integer, Double> mod = e.getValue();
            List<Row> flowRows = new ArrayList<>();
            for (int y = baseYear; y <= lastYear; y++) {
                if (!mod.containsKey(y)) continue;
                OptionalDouble o = value(obs, y);
                double m = mod.get(y);
                flowRows.add(new Row(e.getKey(), y, y <= calibrationEnd, m, o, yoy(value(mod, y - 1), m),
                        o.isPresent() ? yoy(value(obs, y - 1), o.getAsDouble()) : OptionalDouble.empty(),
                        100.0 * m / mod.get(baseYear),
                        o.isPresent() && obs.containsKey(baseYear) && obs.get(baseYear) > 0
                                ? OptionalDouble.of(100.0 * o.getAsDouble() / obs.get(baseYear))
                                : OptionalDouble.empty(),
                        OptionalDouble.empty()));
            }
            for (boolean in : new boolean[] {true, false}) {
                List<Double> errors = new ArrayList<>();
                for (Row r : flowRows) {
                    if (r.inSample() == in && r.yoyErrorPp().isPresent()) errors.add(Math.abs(r.yoyErrorPp().getAsDouble()));
                }
                (in ? inErrors : outErrors).addAll(errors);
                OptionalDouble flowMae = mean(errors);
                for (int i = 0; i < flowRows.size(); i++) {
                    Row r = flowRows.get(i);
                    if (r.inSample() != in) continue;
                    flowRows.set(i, new Row(r.flow(), r.year(), r.inSample(), r.modelValueUsdM(), r.observedValueUsdM(),
                            r.modelYoyPct(), r.observedYoyPct(), r.modelIndex(), r.observedIndex(), flowMae));
                }
            }
            rows.addAll(flowRows);
        }
        return new Backtest(run, calibrationEnd, rows, new Score(mean(inErrors), inErrors.size()),
                new Score(mean(outErrors), outErrors.size()));
    }

    private static OptionalDouble value(Map<Integer, Double> byYear, int year) {
        Double v = byYear.get(year);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** 100 (value / previous − 1); empty without a previous year or when it was 0. */
    private static OptionalDouble yoy(OptionalDouble previous, double value) {
        if (previous.isEmpty() || previous.getAsDouble() == 0.0) return OptionalDouble.empty();
        return OptionalDouble.of(ChangePercent.of(value, previous.getAsDouble()));
    }

    private static OptionalDouble mean(List<Double> xs) {
        if (xs.isEmpty()) return OptionalDouble.empty();
        double s = 0;
        for (double x : xs) s += x;
        return OptionalDouble.of(s / xs.size());
    }
}
