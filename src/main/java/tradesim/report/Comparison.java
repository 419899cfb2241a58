package tradesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradesim.chart.ChartSpec;
import tradesim.chart.ChartWriter;
import tradesim.chart.ChartYear;
import tradesim.chart.FlowNames;
import tradesim.chart.HeadlineFlows;
import tradesim.chart.ScenarioComparisonChart;
import tradesim.model.FlowKey;
import tradesim.results.AnnualFlows;
import tradesim.output.AtomicFiles;
import tradesim.output.CsvWriter;
import tradesim.output.PathsCsv;
import tradesim.results.RunResult;

/**
 * {@code tradesim compare}: several runs side by side. Writes {@code compare.csv} (every flow of every
 * run in the chosen years), {@code compare.png} (the first run's lead headline flow under every
 * scenario) and {@code compare.html} (the scenarios, the chart, and % change by scenario × headline
 * flow for the chosen years).
 */
public final class Comparison {

    public static final List<String> HEADER = List.of("scenario", "path", "importer", "exporter", "product", "year",
            "baseline_value_usd_m", "value_usd_m", "change_pct");
    private static final String TEMPLATE = "/tradesim/report/compare.html";
    /** Rows of the HTML table: the union of the runs' headline flows, at most this many. */
    static final int MAX_FLOWS = 8;

    private Comparison() {
    }

    /**
     * @param years calendar years to tabulate; empty means the last full year of the first run's horizon
     */
    public static void write(List<RunResult> runs, Path dir, List<Integer> years) throws IOException {
        if (runs.isEmpty()) throw new IllegalArgumentException("compare needs at least one run");
        List<Integer> ys = years.isEmpty() ? List.of(ChartYear.lastFullYear(runs.get(0).scenario().horizon()))
                : List.copyOf(years);
        List<Map<Integer, Map<FlowKey, AnnualFlows.AnnualRow>>> annual = new ArrayList<>();
        for (RunResult r : runs) annual.add(byYear(r));

        AtomicFiles.write(dir.resolve("compare.csv"), out -> {
            CsvWriter t = new CsvWriter(out, HEADER);
            for (int i = 0; i < runs.size(); i++) {
                RunResult r = runs.get(i);
                for (int y : ys) {
                    for (AnnualFlows.AnnualRow a : annual.get(i).getOrDefault(y, Map.of()).values()) {
                        t.row(r.scenario().name(), r.pathLabel(), a.flow().importer(), a.flow().exporter(),
                                a.flow().product(), Integer.toString(y), a.baselineValueUsdM(), a.valueUsdM(),
                                a.changePct());
                    }
                }
            }
        });

        Set<FlowKey> flows = new LinkedHashSet<>();
        for (RunResult r : runs) flows.addAll(HeadlineFlows.of(r));
        List<FlowKey> shown = flows.stream().limit(MAX_FLOWS).toList();

        Map<String, Object> v = new LinkedHashMap<>();
        List<Map<String, Object>> scenarios = new ArrayList<>();
        List<Map<String, Object>> columns = new ArrayList<>();
        for (RunResult r : runs) {
            scenarios.add(Map.of("name", r.scenario().name(), "title", r.scenario().title(),
                    "path", PathsCsv.outcomesText(r.pathLabel()), "description", r.scenario().description()));
            for (int y : ys) columns.add(Map.of("scenario", ScenarioComparisonChart.runName(r), "year", Integer.toString(y)));
        }
        FlowNames names = new FlowNames(runs.get(0).dataset());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FlowKey k : shown) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                for (int y : ys) {
                    AnnualFlows.AnnualRow a = annual.get(i).getOrDefault(y, Map.of()).get(k);
                    cells.add(Map.of("value", a == null ? "—" : ReportNumbers.changePct(a.changePct())));
                }
            }
            rows.add(Map.of("flow", names.flow(k), "cells", cells));
        }
        v.put("scenarios", scenarios);
        v.put("columns", columns);
        v.put("rows", rows);

        FlowKey lead = shown.isEmpty() ? runs.get(0).flows().get(0).flow() : shown.get(0);
        ChartSpec chart = ScenarioComparisonChart.build(runs, lead);
        Path png = ChartWriter.write(List.of(chart), dir, false).get(0);
        v.put("chartTitle", chart.title());
        v.put("chartSrc", RelativeLinks.from(dir, png));
        String html = HtmlTemplate.resource(TEMPLATE).render(v);
        AtomicFiles.write(dir.resolve("compare.html"), w -> w.write(html));
    }

    private static Map<Integer, Map<FlowKey, AnnualFlows.AnnualRow>> byYear(RunResult r) {
        Map<Integer, Map<FlowKey, AnnualFlows.AnnualRow>> m = new LinkedHashMap<>();
        for (AnnualFlows.AnnualRow a : AnnualFlows.of(r.flows(), r.scenario().horizon().periodMonths())) {
            m.computeIfAbsent(a.year(), y -> new LinkedHashMap<>()).put(a.flow(), a);
        }
        return m;
    }
}
