package tradesim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tradesim.model.Country;
import tradesim.model.FlowKey;
import tradesim.results.AnnualFlows.AnnualRow;
import tradesim.results.KeyYear;
import tradesim.results.RunDigest;
import tradesim.results.RunDigest.CountryWelfare;
import tradesim.results.RunResult;

/**
 * The short table {@code run} prints per scenario: the headline flows (the scenario's
 * {@code headline:}, else the largest changes) in one year, and each country's net welfare change in
 * that year. The year is the user's {@code --year}, else one in which the scenario acts
 * ({@link KeyYear}). Values are USD million in the year: sums over its months.
 *
 * <p>A run with many flows ({@link RunDigest#manyFlows}) also lists the {@link #MOVERS} flows that
 * change most in the year, under a line that says how many flows there are; with many countries
 * ({@link RunDigest#manyCountries}) the welfare line names the {@link RunDigest#LARGEST_COUNTRIES}
 * largest changes and sums the rest.
 */
final class RunSummary {

    /** How many of the largest movers a run with many flows lists. */
    static final int MOVERS = 10;

    private RunSummary() {
    }

    static void print(RunDigest digest, int year, boolean chosen, PrintWriter out) {
        RunResult r = digest.run();
        out.printf(Locale.ROOT, "%s  (path %s)%n", r.scenario().name(), r.pathLabel());
        List<FlowKey> headline = digest.headline();
        out.printf(Locale.ROOT, "  headline flows in %d, USD million in the year%s:%n", year,
                chosen ? "" : " (the year they change most; choose another with --year)");
        printHeader(out);
        for (FlowKey k : headline) digest.inYear(k, year).ifPresent(a -> printFlow(a, out));
        if (headline.isEmpty()) out.println("    (the run has no trade flows)");
        if (digest.manyFlows()) {
            List<AnnualRow> movers = digest.movers(year);
            movers = movers.subList(0, Math.min(MOVERS, movers.size()));
            out.printf(Locale.ROOT, "  largest movers in %d: the %d of %,d flows that change most (every flow is in "
                    + "annual.csv):%n", year, movers.size(), digest.flowCount());
            // Ranked by the change in USD, so that column comes first.
            out.printf(Locale.ROOT, "    %-34s %12s %12s %12s %9s%n", "flow (exporter\u2192importer product)",
                    "baseline", "scenario", "change", "change");
            for (AnnualRow a : movers) {
                out.printf(Locale.ROOT, "    %-34s %12.1f %12.1f %+12.1f %8.2f%%%n", a.flow().toString(),
                        a.baselineValueUsdM(), a.valueUsdM(), a.valueUsdM() - a.baselineValueUsdM(), a.changePct());
            }
        }
        out.printf(Locale.ROOT, "  net welfare change by country in %d (USD million in the year):%n", year);
        out.println(welfareLine(digest, year));
    }

    private static void printHeader(PrintWriter out) {
        out.printf(Locale.ROOT, "    %-34s %12s %12s %9s%n", "flow (exporter\u2192importer product)", "baseline",
                "scenario", "change");
    }

    private static void printFlow(AnnualRow a, PrintWriter out) {
        out.printf(Locale.ROOT, "    %-34s %12.1f %12.1f %8.2f%%%n", a.flow().toString(), a.baselineValueUsdM(),
                a.valueUsdM(), a.changePct());
    }

    /** Every country of the dataset, in its order; with many countries the largest changes and the rest summed. */
    private static String welfareLine(RunDigest digest, int year) {
        Map<String, CountryWelfare> inYear = digest.welfare(year);
        Map<String, Double> net = new LinkedHashMap<>();
        for (Country c : digest.run().dataset().countries()) net.put(c.code(), 0.0);
        inYear.forEach((c, w) -> net.merge(c, w.netUsdM(), Double::sum));
        StringBuilder line = new StringBuilder("   ");
        if (digest.manyCountries() && net.size() > RunDigest.LARGEST_COUNTRIES) {
            List<String> largest = digest.largestWelfare(year, CountryWelfare::netUsdM, RunDigest.LARGEST_COUNTRIES);
            double other = 0;
            List<String> rest = new ArrayList<>(net.keySet());
            rest.removeAll(largest);
            for (String c : rest) other += net.get(c);
            for (String c : largest) line.append(String.format(Locale.ROOT, " %s %+.1f", c, net.get(c)));
            line.append(String.format(Locale.ROOT, "  other %d countries %+.1f", rest.size(), other));
        } else {
            net.forEach((c, v) -> line.append(String.format(Locale.ROOT, " %s %+.1f", c, v)));
        }
        return line.toString();
    }
}
