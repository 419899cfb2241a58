package tradesim.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tradesim.chart.FlowNames;
import tradesim.model.Action;
import tradesim.results.ConstraintRow;
import tradesim.results.DrawResults;
import tradesim.results.RunResult;
import tradesim.results.SafeguardRow;
import tradesim.results.TriggerFrequency;
import tradesim.wording.NumberWords;

/**
 * The report's sections on quantity instruments, each present only when the scenario has the
 * instrument: the safeguards that snapped back on this path, how full each tariff-rate quota was,
 * what subsidy each purchase commitment needed and what it cost, and, with Monte Carlo draws, how
 * often each safeguard triggered.
 *
 * <p>Every amount in constraints.csv is an annual rate, so a period adds amount × months / 12 to the
 * calendar year it starts in, as the headline tables do with flows: a year's figure is "in the year".
 */
final class ConstraintSections {

    static final String PURCHASE = "purchase";
    static final String TRQ = "trq";

    private ConstraintSections() {
    }

    /** Puts the sections' values: {@code hasSafeguards}, {@code hasQuotas}, {@code hasPurchases}, {@code hasTriggers}. */
    static void put(Map<String, Object> v, RunResult run, Optional<DrawResults> draws) {
        FlowNames names = new FlowNames(run.dataset());
        boolean safeguards = run.scenario().has(Action.Safeguard.class);
        // A path that never puts a safeguard in force has nothing to say about one; the draws may still.
        v.put("hasSafeguards", safeguards && !run.safeguards().isEmpty());
        List<Map<String, Object>> snapBacks = safeguards ? snapBacks(run) : List.of();
        v.put("safeguardRows", snapBacks);
        v.put("anySnapBack", !snapBacks.isEmpty());
        v.put("safeguardYears", Integer.toString(run.safeguards().size()));
        v.put("snapBacks", Integer.toString(snapBacks.size()));
        List<Map<String, Object>> quotas = run.scenario().has(Action.Trq.class) ? quotas(run, names) : List.of();
        v.put("hasQuotas", !quotas.isEmpty());
        v.put("quotaTables", quotas);
        List<Map<String, Object>> purchases = run.scenario().has(Action.Purchase.class)
                ? purchases(run, names) : List.of();
        v.put("hasPurchases", !purchases.isEmpty());
        v.put("purchaseTables", purchases);
        List<TriggerFrequency> counted = safeguards ? draws.map(DrawResults::triggers).orElse(List.of()) : List.of();
        List<Map<String, Object>> triggers = triggers(counted);
        v.put("hasTriggers", !counted.isEmpty());
        v.put("triggerRows", triggers);
        v.put("anyTriggered", !triggers.isEmpty());
        v.put("neverTriggered", Integer.toString(counted.size() - triggers.size()));
        v.put("safeguardYearsDrawn", Integer.toString(counted.size()));
    }

    /** The safeguard years that triggered, in safeguards.csv order. */
    private static List<Map<String, Object>> snapBacks(RunResult run) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SafeguardRow s : run.safeguards()) {
            if (!s.triggered()) continue;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("safeguard", s.safeguard());
            r.put("year", Integer.toString(s.safeguardYear()));
            r.put("trigger", s.triggerPeriod().map(YearMonth::toString).orElse("—"));
            r.put("from", s.appliesFrom().map(YearMonth::toString).orElse("—"));
            r.put("until", s.appliesUntil().map(YearMonth::toString).orElse("—"));
            out.add(r);
        }
        return out;
    }

    /** One table per quota: by calendar year, the quota, the amount that came in, the regimes, the rent. */
    private static List<Map<String, Object>> quotas(RunResult run, FlowNames names) {
        double share = run.scenario().horizon().periodMonths() / 12.0;
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<ConstraintRow> rows : ConstraintRow.byConstraint(run.constraints(), TRQ).values()) {
            ConstraintRow first = rows.get(0);
            boolean tonnes = first.unit().equals("t");
            List<Map<String, Object>> years = new ArrayList<>();
            for (List<ConstraintRow> year : byYear(rows).values()) {
                double quota = 0;
                double achieved = 0;
                double rent = 0;
                int[] regimes = new int[3];
                for (ConstraintRow c : year) {
                    quota += c.limit() * share;
                    achieved += c.achieved() * share;
                    rent += c.amountUsdM() * share;
                    regimes[switch (c.regime()) {
                        case "unfilled" -> 0;
                        case "binding" -> 1;
                        default -> 2;
                    }]++;
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("year", Integer.toString(year.get(0).period().getYear()));
                r.put("partial", year.size() * share < 1 - 1e-9);
                r.put("months", Integer.toString((int) Math.round(year.size() * share * 12)));
                r.put("quota", tonnes ? NumberWords.tonnes(quota) : NumberWords.usd(quota));
                r.put("achieved", tonnes ? NumberWords.tonnes(achieved) : NumberWords.usd(achieved));
                r.put("fill", quota > 0 ? percent(100 * achieved / quota) : "—");
                r.put("unfilled", Integer.toString(regimes[0]));
                r.put("binding", Integer.toString(regimes[1]));
                r.put("over", Integer.toString(regimes[2]));
                r.put("rent", NumberWords.usd(rent));
                years.add(r);
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("quotaId", first.constraint());
            t.put("covered", names.covered(first.importer(), first.exporter(), first.product()));
            t.put("unit", tonnes ? "tonnes" : "USD million at world prices");
            t.put("years", years);
            out.add(t);
        }
        return out;
    }

    /**
     * One table per purchase commitment: by calendar year, the periods in which the floor binds, the
     * subsidy it needs as a share of the world price (mean over binding periods, and the peak), and its
     * fiscal cost in the year; a total row sums the cost.
     */
    private static List<Map<String, Object>> purchases(RunResult run, FlowNames names) {
        double share = run.scenario().horizon().periodMonths() / 12.0;
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<ConstraintRow> rows : ConstraintRow.byConstraint(run.constraints(), PURCHASE).values()) {
            ConstraintRow first = rows.get(0);
            List<Map<String, Object>> years = new ArrayList<>();
            double total = 0;
            int binding = 0;
            for (List<ConstraintRow> year : byYear(rows).values()) {
                Subsidy s = Subsidy.of(year);
                double cost = year.stream().mapToDouble(ConstraintRow::amountUsdM).sum() * share;
                total += cost;
                binding += s.binding();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("year", Integer.toString(year.get(0).period().getYear()));
                r.put("periods", s.binding() + " of " + year.size());
                r.put("mean", s.binding() > 0 ? percent(s.mean()) : "—");
                r.put("peak", s.binding() > 0 ? percent(s.peak()) : "—");
                r.put("cost", NumberWords.usd(cost));
                years.add(r);
            }
            Subsidy all = Subsidy.of(rows);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("commitment", names.covered(first.importer(), first.exporter(), first.product()));
            double low = rows.stream().mapToDouble(ConstraintRow::limit).min().orElseThrow();
            double high = rows.stream().mapToDouble(ConstraintRow::limit).max().orElseThrow();
            t.put("floor", low == high ? "USD " + NumberWords.usd(low) + " million"
                    : "USD " + NumberWords.usd(low) + " to " + NumberWords.usd(high) + " million");
            t.put("bindingPeriods", Integer.toString(binding));
            t.put("periodsInForce", Integer.toString(rows.size()));
            t.put("anyBinding", binding > 0);
            t.put("meanAll", percent(all.mean()));
            t.put("peakAll", percent(all.peak()));
            t.put("peakPeriod", all.peakPeriod().map(YearMonth::toString).orElse("—"));
            t.put("years", years);
            t.put("total", NumberWords.usd(total));
            out.add(t);
        }
        return out;
    }

    /**
     * The subsidy a floor needs, in % of the world price (−wedge_pct), over the periods in which it binds.
     *
     * @param peakPeriod the first period with the highest subsidy; empty when the floor never binds
     */
    record Subsidy(int binding, double mean, double peak, Optional<YearMonth> peakPeriod) {
        static Subsidy of(List<ConstraintRow> rows) {
            int n = 0;
            double sum = 0;
            double peak = 0;
            YearMonth at = null;
            for (ConstraintRow c : rows) {
                if (!c.regime().equals("binding")) continue;
                double pct = -c.wedgePct();
                n++;
                sum += pct;
                if (at == null || pct > peak) {
                    peak = pct;
                    at = c.period();
                }
            }
            return new Subsidy(n, n == 0 ? 0 : sum / n, peak, Optional.ofNullable(at));
        }
    }

    /** The safeguard years that some draw triggered; a long tail of zeros would hide them. */
    private static List<Map<String, Object>> triggers(List<TriggerFrequency> triggers) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TriggerFrequency t : triggers) {
            if (t.triggered() == 0) continue;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("safeguard", t.safeguard());
            r.put("year", Integer.toString(t.safeguardYear()));
            r.put("triggered", t.triggered() + " of " + t.draws());
            r.put("share", percent(100 * t.probability()));
            out.add(r);
        }
        return out;
    }

    /** "36.8%", "7.5%", "44%"; past 1,000% whole and grouped, "1,548%", since a decimal there says nothing. */
    static String percent(double pct) {
        double rounded = Math.round(10 * pct) / 10.0;
        return (Math.abs(rounded) >= 1000 ? String.format(Locale.ROOT, "%,.0f", rounded) : NumberWords.plain(rounded))
                + "%";
    }

    /** A constraint's rows grouped by the calendar year their period starts in. */
    private static Map<Integer, List<ConstraintRow>> byYear(List<ConstraintRow> rows) {
        Map<Integer, List<ConstraintRow>> out = new LinkedHashMap<>();
        for (ConstraintRow c : rows) out.computeIfAbsent(c.period().getYear(), y -> new ArrayList<>()).add(c);
        return out;
    }
}
