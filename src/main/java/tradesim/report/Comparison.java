package tradesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import tradesim.output.TableFiles;
import tradesim.output.TableSchema;
import tradesim.results.RunResult;

/**
 * {@code tradesim compare}: several runs side by side. Writes the {@code compare} table (every flow of
 * every run in the chosen years, {@code compare.csv} or {@code compare.parquet}), {@code compare.png} (one flow under every scenario; with more than
 * {@value #MAX_LINES} runs also {@code compare-N.png}, one small chart per run) and {@code compare.html}
 * (the scenarios, the charts, and % change by run × headline flow, one table per chosen year).
 */
public final class Comparison {

    public static final TableSchema TABLE = TableSchema.named("compare")
            .text("scenario", "path", "importer", "exporter", "product")
            .integer("year")
            .numbers("baseline_value_usd_m", "value_usd_m", "change_pct")
            .build();
    public static final List<String> HEADER = TABLE.header();
    private static final String TEMPLATE = "/tradesim/report/compare.html";
    /** Rows of the HTML table: the union of the runs' headline flows, at most this many. */
    static final int MAX_FLOWS = 8;

    private Comparison() {
    }

    /** Above this many runs, compare.html also shows one small chart per run (small multiples). */
    public static final int MAX_LINES = 4;

    /**
     * @param years calendar years to tabulate; empty means the last full year of the first run's horizon
     */
    public static void write(List<RunResult> runs, Path dir, List<Integer> years) throws IOException {
        write(runs, dir, years, Optional.empty());
    }

    /**
     * @param years calendar years to tabulate; empty means the last full year of the first run's horizon
     * @param flow  the flow of the chart and the table's first row; empty: the first run's lead headline flow
     */
    public static void write(List<RunResult> runs, Path dir, List<Integer> years, Optional<FlowKey> flow)
            throws IOException {
        write(runs, dir, years, flow, TableFiles.csv());
    }

    /**
     * As {@link #write(List, Path, List, Optional)}, with the table written by {@code files} (CSV or
     * Parquet); compare.html links the file written.
     */
    public static void write(List<RunResult> runs, Path dir, List<Integer> years, Optional<FlowKey> flow,
                             TableFiles files) throws IOException {
        if (runs.isEmpty()) throw new IllegalArgumentException("compare needs at least one run");
        List<Integer> ys = years.isEmpty() ? List.of(ChartYear.lastFullYear(runs.get(0).scenario().horizon()))
                : List.copyOf(years);
        List<Map<Integer, Map<FlowKey, AnnualFlows.AnnualRow>>> annual = new ArrayList<>();
        for (RunResult r : runs) annual.add(byYear(r));

        files.write(dir, TABLE, out -> {
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
        flow.ifPresent(flows::add);
        for (RunResult r : runs) flows.addAll(HeadlineFlows.of(r));
        List<FlowKey> shown = flows.stream().limit(MAX_FLOWS).toList();

        Map<String, Object> v = new LinkedHashMap<>();
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (RunResult r : runs) {
            scenarios.add(Map.of("name", r.scenario().name(), "title", r.scenario().title(),
                    "path", PathsCsv.outcomesText(r.pathLabel()), "description", r.scenario().description()));
        }
        v.put("scenarios", scenarios);
        v.put("tableFile", files.fileName(TABLE));
        FlowNames names = new FlowNames(runs.get(0).dataset());
        v.put("flows", shown.stream().map(k -> Map.<String, Object>of("flow", k.toString(), "name", names.flow(k)))
                .toList());
        // One table per year, a row per run and a column per flow: the width depends on the number of
        // flows (at most MAX_FLOWS), never on the number of scenarios, so the table fits the page.
        List<Map<String, Object>> tables = new ArrayList<>();
        for (int y : ys) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                List<Map<String, Object>> cells = new ArrayList<>();
                for (FlowKey k : shown) {
                    AnnualFlows.AnnualRow a = annual.get(i).getOrDefault(y, Map.of()).get(k);
                    cells.add(Map.of("value", a == null ? "—" : ReportNumbers.changePct(a.changePct())));
                }
                rows.add(Map.of("run", ScenarioComparisonChart.runName(runs.get(i)), "cells", cells));
            }
            tables.add(Map.of("year", Integer.toString(y), "rows", rows));
        }
        v.put("tables", tables);

        FlowKey lead = shown.isEmpty() ? runs.get(0).flows().get(0).flow() : shown.get(0);
        ChartSpec chart = ScenarioComparisonChart.build(runs, lead);
        Path png = ChartWriter.write(List.of(chart), dir, false).get(0);
        v.put("chartTitle", chart.title());
        v.put("chartSrc", RelativeLinks.from(dir, png));
        v.put("leadFlow", lead.toString());
        List<Map<String, Object>> panels = new ArrayList<>();
        if (runs.size() > MAX_LINES) {
            for (int i = 0; i < runs.size(); i++) {
                ChartSpec one = ScenarioComparisonChart.build(List.of(runs.get(i)), lead);
                Path file = ChartWriter.write(List.of(new ChartSpec(panelStem(i), one.title(), one.chart())), dir,
                        false).get(0);
                panels.add(Map.of("src", RelativeLinks.from(dir, file),
                        "run", ScenarioComparisonChart.runName(runs.get(i))));
            }
        }
        v.put("panels", panels);
        v.put("hasPanels", !panels.isEmpty());
        String html = HtmlTemplate.resource(TEMPLATE).render(v);
        AtomicFiles.write(dir.resolve("compare.html"), w -> w.write(html));
    }

    /** The file stem of the small chart of the {@code i}-th run (0-based): compare-1, compare-2, … */
    public static String panelStem(int i) {
        return ScenarioComparisonChart.STEM + "-" + (i + 1);
    }

    private static Map<Integer, Map<FlowKey, AnnualFlows.AnnualRow>> byYear(RunResult r) {
        Map<Integer, Map<FlowKey, AnnualFlows.AnnualRow>> m = new LinkedHashMap<>();
        for (AnnualFlows.AnnualRow a : AnnualFlows.of(r.flows(), r.scenario().horizon().periodMonths())) {
            m.computeIfAbsent(a.year(), y -> new LinkedHashMap<>()).put(a.flow(), a);
        }
        return m;
    }
}
