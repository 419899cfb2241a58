package tradesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.chart.FlowNames;
import tradesim.chart.HeadlineFlows;
import tradesim.chart.WelfareChart;
import tradesim.model.FlowKey;
import tradesim.model.Horizon;
import tradesim.model.Product;
import tradesim.results.AnnualFlows;
import tradesim.output.AtomicFiles;
import tradesim.results.DrawResults;
import tradesim.output.PathsCsv;
import tradesim.output.TableFormat;
import tradesim.results.RunResult;

/**
 * Writes a run's {@code report.html} from the {@code report.html} template resource: the scenario,
 * its events, the charts, key tables, the assumptions with their sources, and a short guide for
 * students. The page is self-contained (inline CSS, relative image links, nothing fetched), and every
 * piece of text from the scenario or dataset goes through the template's escaping.
 */
public final class ReportWriter {

    public static final String FILE_NAME = "report.html";
    public static final String BRIEF_FILE_NAME = "brief.html";
    private static final String TEMPLATE = "/tradesim/report/report.html";
    private static final String BRIEF_TEMPLATE = "/tradesim/report/brief.html";

    private ReportWriter() {
    }

    /**
     * Writes report.html, which opens with the one-page brief, and brief.html, the brief alone for
     * printing.
     *
     * @param chartFiles the files {@code ChartWriter} wrote; PNGs are shown, an SVG beside a PNG is linked
     * @param draws      the Monte Carlo draws' bands and safeguard trigger counts, when there were draws
     * @return the report's path, {@code dir/report.html}
     */
    public static Path write(RunResult run, List<Path> chartFiles, Path dir, Optional<DrawResults> draws,
                             BriefInputs brief) throws IOException {
        return write(run, chartFiles, dir, draws, brief, TableFormat.CSV);
    }

    /**
     * As {@link #write(RunResult, List, Path, Optional, BriefInputs)}, for a run whose tables are in
     * {@code tables}: the page names the files as written ({@code annual.parquet} beside a Parquet run).
     */
    public static Path write(RunResult run, List<Path> chartFiles, Path dir, Optional<DrawResults> draws,
                             BriefInputs brief, TableFormat tables) throws IOException {
        Map<String, Object> v = values(run, chartFiles, dir, draws);
        v.put("tableExt", tables.extension());
        v.putAll(BriefValues.of(run, chartFiles, dir, brief));
        String html = HtmlTemplate.resource(TEMPLATE).render(v);
        String briefHtml = HtmlTemplate.resource(BRIEF_TEMPLATE).render(v);
        Path target = dir.resolve(FILE_NAME);
        AtomicFiles.write(dir.resolve(BRIEF_FILE_NAME), w -> w.write(briefHtml));
        AtomicFiles.write(target, w -> w.write(html));
        return target;
    }

    static Map<String, Object> values(RunResult run, List<Path> chartFiles, Path dir, Optional<DrawResults> draws) {
        FlowNames names = new FlowNames(run.dataset());
        Horizon h = run.scenario().horizon();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", run.scenario().title());
        v.put("description", run.scenario().description());
        v.put("scenarioName", run.scenario().name());
        v.put("datasetName", run.dataset().name());
        v.put("horizon", h.start() + " to " + h.end() + ", by " + h.step().key());
        v.put("path", PathsCsv.outcomesText(run.pathLabel()));
        v.put("branches", !run.pathLabel().equals("-"));
        v.put("pathProbability", ReportNumbers.plain(run.pathProbability()));
        List<Map<String, Object>> events = new EventTimeline(run).rows();
        v.put("events", events);
        v.put("hasEvents", !events.isEmpty());
        v.put("charts", charts(chartFiles, dir));
        List<FlowKey> headline = HeadlineFlows.of(run);
        v.put("headlineTables", headlineTables(run, headline, names));
        List<Map<String, Object>> welfare = welfare(run, names);
        v.put("welfareRows", welfare);
        v.put("hasWelfare", !welfare.isEmpty());
        ConstraintSections.put(v, run, draws);
        List<Map<String, Object>> bandRows = draws.map(d -> BandTables.headlineRows(d.bands(), headline, names))
                .orElse(List.of());
        v.put("hasBands", !bandRows.isEmpty());
        v.put("bandRows", bandRows);
        List<Map<String, Object>> totalRows = draws.map(d -> BandTables.totalRows(d.bands(), headline, names))
                .orElse(List.of());
        v.put("hasTotalBands", !totalRows.isEmpty());
        v.put("totalBandRows", totalRows);
        v.put("parameters", ParameterAssumptions.rows(run));
        v.put("baseYear", Integer.toString(run.dataset().baseYear()));
        v.put("datasetDescription", run.dataset().description());
        List<Map<String, Object>> products = new ArrayList<>();
        for (Product p : run.dataset().products()) {
            products.add(Map.of("name", p.name() + " (" + p.id() + ")", "hs", String.join(", ", p.hsCodes()),
                    "note", p.note()));
        }
        v.put("products", products);
        v.put("datasetSources", run.dataset().sources().stream().map(s -> Map.of("text", s)).toList());
        return v;
    }

    private static List<Map<String, Object>> charts(List<Path> files, Path dir) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!name.endsWith(".png")) continue;
            String stem = name.substring(0, name.length() - 4);
            List<Map<String, Object>> svgs = files.stream()
                    .filter(s -> s.getFileName().toString().equals(stem + ".svg"))
                    .map(s -> Map.<String, Object>of("href", RelativeLinks.from(dir, s))).toList();
            String caption = ChartCaptions.of(stem);
            out.add(Map.of("src", RelativeLinks.from(dir, f), "alt", caption, "caption", caption, "svgs", svgs));
        }
        return out;
    }

    private static List<Map<String, Object>> headlineTables(RunResult run, List<FlowKey> headline, FlowNames names) {
        List<AnnualFlows.AnnualRow> annual = AnnualFlows.of(run.flows(), run.scenario().horizon().periodMonths());
        List<Map<String, Object>> out = new ArrayList<>();
        for (FlowKey k : headline) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int unchanged = 0;
            for (AnnualFlows.AnnualRow a : annual) {
                if (!a.flow().equals(k)) continue;
                // A year in which the flow is exactly its baseline says nothing; it is counted, not shown.
                if (Math.abs(a.valueUsdM() - a.baselineValueUsdM()) < 0.05) {
                    unchanged++;
                    continue;
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("year", Integer.toString(a.year()));
                r.put("partial", a.months() < 12);
                r.put("months", Integer.toString(a.months()));
                putFlowYear(r, a);
                rows.add(r);
            }
            if (rows.isEmpty()) continue; // a table of zeros is left out; the brief still lists the flow
            out.add(Map.of("flow", k + " (" + names.flow(k) + ")", "rows", rows, "unchanged",
                    unchanged == 0 ? "" : unchanged + (unchanged == 1 ? " year" : " years")
                            + " in which the flow equals its baseline are left out."));
        }
        return out;
    }

    /** A flow's year as the report's tables show it: baseline, scenario, change, change % and mean tariff. */
    static void putFlowYear(Map<String, Object> r, AnnualFlows.AnnualRow a) {
        r.put("baseline", ReportNumbers.usd(a.baselineValueUsdM()));
        r.put("value", ReportNumbers.usd(a.valueUsdM()));
        r.put("change", ReportNumbers.signed(a.valueUsdM() - a.baselineValueUsdM()));
        r.put("changePct", ReportNumbers.changePct(a.changePct()));
        r.put("tariff", ReportNumbers.plain(a.tariffPct()));
    }

    private static List<Map<String, Object>> welfare(RunResult run, FlowNames names) {
        List<Integer> years = run.welfare().stream().map(w -> w.period().getYear()).distinct().toList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (int year : years) {
            WelfareChart.annual(run, year).forEach((country, x) -> {
                double net = x[0] + x[1] + x[2];
                if (Math.abs(x[0]) + Math.abs(x[1]) + Math.abs(x[2]) < 0.05) return;
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("year", Integer.toString(year));
                r.put("country", names.country(country));
                r.put("cs", ReportNumbers.signed(x[0]));
                r.put("ps", ReportNumbers.signed(x[1]));
                r.put("revenue", ReportNumbers.signed(x[2]));
                r.put("net", ReportNumbers.signed(net));
                out.add(r);
            });
        }
        return out;
    }

}
