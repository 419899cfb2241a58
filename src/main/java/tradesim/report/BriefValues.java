package tradesim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tradesim.chart.FlowNames;
import tradesim.chart.HeadlineFlows;
import tradesim.chart.TimelineChart;
import tradesim.chart.WelfareChart;
import tradesim.model.FlowKey;
import tradesim.output.PathsCsv;
import tradesim.results.AnnualFlows;
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

    private BriefValues() {
    }

    static Map<String, Object> of(RunResult run, List<Path> chartFiles, Path dir, BriefInputs in) {
        FlowNames names = new FlowNames(run.dataset());
        int year = in.year();
        List<FlowKey> headline = HeadlineFlows.of(run);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("briefYear", Integer.toString(year));
        v.put("question", question(run.scenario().description()));

        Map<FlowKey, AnnualFlows.AnnualRow> inYear = inYear(run, year);
        List<Map<String, Object>> key = new ArrayList<>();
        for (FlowKey k : headline) {
            AnnualFlows.AnnualRow a = inYear.get(k);
            if (a == null) continue;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("flow", k.toString());
            r.put("flowName", names.flow(k));
            ReportWriter.putFlowYear(r, a);
            key.add(r);
        }
        v.put("keyRows", key);
        List<Map<String, Object>> welfare = new ArrayList<>();
        WelfareChart.annual(run, year).forEach((country, x) -> {
            double net = x[0] + x[1] + x[2];
            if (Math.abs(net) >= 0.05) welfare.add(Map.of("country", country, "net", ReportNumbers.signed(net)));
        });
        v.put("welfareNet", welfare);
        v.put("hasWelfareNet", !welfare.isEmpty());

        FlowKey lead = headline.isEmpty() ? null : headline.get(0);
        List<Map<String, Object>> paths = new ArrayList<>();
        double expectedValue = 0;
        double expectedChange = 0;
        for (int i = 0; i < in.pathRuns().size() && lead != null; i++) {
            RunResult p = in.pathRuns().get(i);
            AnnualFlows.AnnualRow a = inYear(p, year).get(lead);
            if (a == null) continue;
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

    private static Map<FlowKey, AnnualFlows.AnnualRow> inYear(RunResult r, int year) {
        Map<FlowKey, AnnualFlows.AnnualRow> out = new LinkedHashMap<>();
        for (AnnualFlows.AnnualRow a : AnnualFlows.of(r.flows(), r.scenario().horizon().periodMonths())) {
            if (a.year() == year) out.put(a.flow(), a);
        }
        return out;
    }

    /** Full precision for machine readers (data attributes), independent of the locale. */
    private static String raw(double v) {
        return Double.toString(v);
    }
}
