package tradesim.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tradesim.chart.HeadlineFlows;
import tradesim.model.Country;
import tradesim.model.FlowKey;
import tradesim.results.AnnualFlows;
import tradesim.results.AnnualFlows.AnnualRow;
import tradesim.results.KeyYear;
import tradesim.results.RunResult;
import tradesim.results.WelfareRow;

/**
 * The short table {@code run} prints per scenario: the headline flows (the scenario's
 * {@code headline:}, else the largest changes) in one year, and each country's net welfare change in
 * that year. The year is the user's {@code --year}, else one in which the scenario acts
 * ({@link KeyYear}). Values are USD million in the year: sums over its months.
 */
final class RunSummary {

    private RunSummary() {
    }

    static void print(RunResult r, int year, boolean chosen, PrintWriter out) {
        int months = r.scenario().horizon().periodMonths();
        out.printf(Locale.ROOT, "%s  (path %s)%n", r.scenario().name(), r.pathLabel());
        List<FlowKey> headline = HeadlineFlows.of(r);
        Map<FlowKey, AnnualRow> inYear = new LinkedHashMap<>();
        for (AnnualRow a : annual(r)) if (a.year() == year) inYear.put(a.flow(), a);
        out.printf(Locale.ROOT, "  headline flows in %d, USD million in the year%s:%n", year,
                chosen ? "" : " (the year they change most; choose another with --year)");
        out.printf(Locale.ROOT, "    %-34s %12s %12s %9s%n", "flow (exporter\u2192importer product)", "baseline",
                "scenario", "change");
        for (FlowKey k : headline) {
            AnnualRow a = inYear.get(k);
            if (a == null) continue;
            out.printf(Locale.ROOT, "    %-34s %12.1f %12.1f %8.2f%%%n", k.toString(), a.baselineValueUsdM(),
                    a.valueUsdM(), a.changePct());
        }
        if (headline.isEmpty()) out.println("    (the run has no trade flows)");
        Map<String, Double> net = new LinkedHashMap<>();
        for (Country c : r.dataset().countries()) net.put(c.code(), 0.0);
        double w = months / 12.0;
        for (WelfareRow row : r.welfare()) {
            if (row.period().getYear() == year) net.merge(row.country(), row.netUsdM() * w, Double::sum);
        }
        out.printf(Locale.ROOT, "  net welfare change by country in %d (USD million in the year):%n", year);
        StringBuilder line = new StringBuilder("   ");
        net.forEach((c, v) -> line.append(String.format(Locale.ROOT, " %s %+.1f", c, v)));
        out.println(line);
    }

    private static List<AnnualRow> annual(RunResult r) {
        return AnnualFlows.of(r.flows(), r.scenario().horizon().periodMonths());
    }
}
