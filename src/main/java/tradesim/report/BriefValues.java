package tradesim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tradesim.chart.FlowNames;
import tradesim.chart.TimelineChart;
import tradesim.model.FlowKey;
import tradesim.output.PathsCsv;
import tradesim.results.AnnualFlows;
import tradesim.results.RunDigest;
import tradesim.results.RunDigest.CountryWelfare;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;

/**
 * The values of the one-page brief ({@code brief-section.html}): the question, the key numbers of one
 * year, the paths with the expected value for a tree, one chart and the three assumptions that move
 * the result most. Values in the brief are USD million in the year (sums over the year's months).
 */
final class BriefValues {

    /** How many assumptions the brief names. */
    static final int ASSUMPTIONS = 3;
    /**
     * How many flows the key numbers list at most on a run with many flows: the headline flows, then
     * the largest other movers of the year, so the brief still fits one page.
     */
    static final int KEY_ROWS = 10;

    private BriefValues() {
    }

    static Map<String, Object> of(RunDigest digest, List<Path> chartFiles, Path dir, BriefInputs in) {
        RunResult run = digest.run();
        FlowNames names = new FlowNames(run.dataset());
        int year = in.year();
        List<FlowKey> headline = digest.headline();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("briefYear", Integer.toString(year));
        v.put("question", question(run.scenario().description()));

        List<Map<String, Object>> key = new ArrayList<>();
        for (FlowKey k : headline) digest.inYear(k, year).ifPresent(a -> key.add(keyRow(a, names, false)));
        if (digest.manyFlows()) {
            int headlineRows = key.size();
            for (AnnualFlows.AnnualRow a : digest.movers(year)) {
                if (key.size() >= KEY_ROWS) break;
                if (!headline.contains(a.flow())) key.add(keyRow(a, names, key.size() == headlineRows));
            }
        }
        v.put("keyRows", key);
        List<Map<String, Object>> welfare = welfareNet(digest, year);
        v.put("welfareNet", welfare);
        v.put("hasWelfareNet", !welfare.isEmpty());

        FlowKey lead = headline.isEmpty() ? null : headline.get(0);
        List<Map<String, Object>> paths = new ArrayList<>();
        double expectedValue = 0;
        double expectedChange = 0;
        for (int i = 0; i < in.pathRuns().size() && lead != null; i++) {
            RunResult p = in.pathRuns().get(i);
            Optional<AnnualFlows.AnnualRow> inYear = RunDigest.flowInYear(p, lead, year);
            if (inYear.isEmpty()) continue;
            AnnualFlows.AnnualRow a = inYear.get();
            double change = a.valueUsdM() - a.baselineValueUsdM();
            expectedValue += p.pathProbability() * a.valueUsdM();
            expectedChange += p.pathProbability() * change;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("number", Integer.toString(i + 1));
            r.put("label", p.pathLabel());
            r.put("outcomes", PathsCsv.outcomesText(p.pathLabel()));
            r.put("probability", String.format(Locale.ROOT, "%.4f", p.pathProbability()));
            r.put("value", ReportNumbers.usd(a.valueUsdM()));
            r.put("change", ReportNumbers.signed(change));
            r.put("rawValue", raw(a.valueUsdM()));
            r.put("rawProbability", raw(p.pathProbability()));
            r.put("onPath", p.pathLabel().equals(run.pathLabel()));
            paths.add(r);
        }
        v.put("isTree", !paths.isEmpty());
        v.put("pathRows", paths);
        v.put("pathCount", Long.toString(in.pathCount()));
        v.put("leadFlow", lead == null ? "" : lead.toString());
        v.put("expectedValue", ReportNumbers.usd(expectedValue));
        v.put("expectedChange", ReportNumbers.signed(expectedChange));
        v.put("rawExpectedValue", raw(expectedValue));

        List<Map<String, Object>> chart = new ArrayList<>();
        chartFiles.stream().filter(f -> f.getFileName().toString().equals(TimelineChart.STEM + ".png")).findFirst()
                .or(() -> chartFiles.stream().filter(f -> f.getFileName().toString().endsWith(".png")).findFirst())
                .ifPresent(f -> {
                    String stem = f.getFileName().toString().replaceFirst("\\.png$", "");
                    chart.add(Map.of("src", RelativeLinks.from(dir, f), "caption", ChartCaptions.of(stem)));
                });
        v.put("briefChart", chart);

        List<Map<String, Object>> assumptions = new ArrayList<>();
        int still = 0;
        for (SensitivityRow r : in.sensitivity()) {
            if (r.swing() < 0.005) {
                still++;
                continue;
            }
            if (assumptions.size() == ASSUMPTIONS) continue;
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("parameter", r.parameter());
            a.put("low", ReportNumbers.plain(r.lowValue()));
            a.put("high", ReportNumbers.plain(r.highValue()));
            a.put("atLow", ReportNumbers.changePct(r.resultAtLow()));
            a.put("atHigh", ReportNumbers.changePct(r.resultAtHigh()));
            a.put("swing", ReportNumbers.plain(r.swing()));
            assumptions.add(a);
        }
        v.put("assumptions", assumptions);
        v.put("hasAssumptions", !assumptions.isEmpty());
        v.put("assumptionFlow", in.sensitivity().isEmpty() ? "" : in.sensitivity().get(0).headline().toString());
        v.put("assumptionPoint", in.sensitivity().isEmpty() ? ""
                : ReportNumbers.changePct(in.sensitivity().get(0).resultAtPoint()));
        v.put("stillParameters", still == 0 ? "" : still + (still == 1 ? " other uncertain parameter moves"
                : " other uncertain parameters move") + " the result by less than 0.005 points.");
        v.put("briefNote", in.note());
        return v;
    }

    /**
     * The question a description asks: its text after "Asks:" up to the first question mark, else its
     * first sentence. The full description follows on screen, folded.
     */
    static String question(String description) {
        String d = description.strip();
        if (d.startsWith("Asks:")) d = d.substring("Asks:".length()).strip();
        int q = d.indexOf('?');
        if (q > 0) return capitalised(d.substring(0, q + 1));
        int stop = d.indexOf(". ");
        return capitalised(stop > 0 ? d.substring(0, stop + 1) : d);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** @param moversStart whether the row is the first of the largest other movers, under their heading */
    private static Map<String, Object> keyRow(AnnualFlows.AnnualRow a, FlowNames names, boolean moversStart) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("moversStart", moversStart);
        r.put("flow", a.flow().toString());
        r.put("flowName", names.flow(a.flow()));
        ReportWriter.putFlowYear(r, a);
        return r;
    }

    /**
     * Each country's net change in {@code year} that rounds to more than nothing, in dataset order;
     * with many countries and more than {@link RunDigest#LARGEST_COUNTRIES} of them changing, the
     * largest, largest first, and the other countries summed.
     */
    private static List<Map<String, Object>> welfareNet(RunDigest digest, int year) {
        Map<String, CountryWelfare> all = digest.welfare(year);
        List<String> changed = all.keySet().stream().filter(c -> Math.abs(all.get(c).netUsdM()) >= 0.05)
                .toList();
        boolean summed = digest.manyCountries() && changed.size() > RunDigest.LARGEST_COUNTRIES;
        List<String> shown = summed ? digest.largestWelfare(year, CountryWelfare::netUsdM, RunDigest.LARGEST_COUNTRIES)
                : changed;
        List<Map<String, Object>> out = new ArrayList<>();
        for (String c : shown) out.add(Map.of("country", c, "net", ReportNumbers.signed(all.get(c).netUsdM())));
        if (summed) {
            double other = 0;
            for (Map.Entry<String, CountryWelfare> e : all.entrySet()) {
                if (!shown.contains(e.getKey())) other += e.getValue().netUsdM();
            }
            int others = all.size() - shown.size();
            out.add(Map.of("country", "other " + others + (others == 1 ? " country" : " countries"),
                    "net", ReportNumbers.signed(other)));
        }
        return out;
    }

    /** Full precision for machine readers (data attributes), independent of the locale. */
    private static String raw(double v) {
        return Double.toString(v);
    }
}
