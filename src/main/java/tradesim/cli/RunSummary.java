package tradesim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tradesim.model.Country;
import tradesim.results.AnnualFlows;
import tradesim.results.AnnualFlows.AnnualRow;
import tradesim.results.RunResult;
import tradesim.results.WelfareRow;

/**
 * The short table {@code run} prints per scenario: the largest flow changes in the final year and
 * each country's net welfare change in that year (annual sums, USD million).
 */
final class RunSummary {

    private static final int TOP = 6;

    private RunSummary() {
    }

    static void print(RunResult r, PrintWriter out) {
        int months = r.scenario().horizon().periodMonths();
        List<AnnualRow> annual = AnnualFlows.of(r.flows(), months);
        int lastYear = annual.stream().mapToInt(AnnualRow::year).max().orElse(0);
        out.printf(Locale.ROOT, "%s  (path %s)%n", r.scenario().name(), r.pathLabel());
        List<AnnualRow> last = new ArrayList<>(annual.stream().filter(a -> a.year() == lastYear).toList());
        last.sort(Comparator.comparingDouble((AnnualRow a) -> -Math.abs(a.valueUsdM() - a.baselineValueUsdM()))
                .thenComparing(a -> a.flow().toString()));
        out.printf(Locale.ROOT, "  largest flow changes in %d (USD million):%n", lastYear);
        out.printf(Locale.ROOT, "    %-34s %12s %12s %9s%n", "flow (exporter->importer product)", "baseline", "scenario",
                "change");
        int shown = 0;
        for (AnnualRow a : last) {
            if (shown == TOP || Math.abs(a.valueUsdM() - a.baselineValueUsdM()) < 0.0005) break;
            out.printf(Locale.ROOT, "    %-34s %12.1f %12.1f %8.2f%%%n", a.flow().toString(), a.baselineValueUsdM(),
                    a.valueUsdM(), a.changePct());
            shown++;
        }
        if (shown == 0) out.println("    (no flow differs from the baseline)");
        Map<String, Double> net = new LinkedHashMap<>();
        for (Country c : r.dataset().countries()) net.put(c.code(), 0.0);
        double w = months / 12.0;
        for (WelfareRow row : r.welfare()) {
            if (row.period().getYear() == lastYear) net.merge(row.country(), row.netUsdM() * w, Double::sum);
        }
        out.printf(Locale.ROOT, "  net welfare change by country in %d (USD million):%n", lastYear);
        StringBuilder line = new StringBuilder("   ");
        net.forEach((c, v) -> line.append(String.format(Locale.ROOT, " %s %+.1f", c, v)));
        out.println(line);
    }
}
