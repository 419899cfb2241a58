package tradesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.chart.FlowNames;
import tradesim.model.FlowKey;
import tradesim.model.Horizon;
import tradesim.model.Product;
import tradesim.results.AnnualFlows;
import tradesim.output.AtomicFiles;
import tradesim.results.DrawResults;
import tradesim.output.PathsCsv;
import tradesim.output.TableFormat;
import tradesim.results.RunDigest;
import tradesim.results.RunDigest.CountryWelfare;
import tradesim.results.RunResult;

/**
 * Writes a run's {@code report.html} from the {@code report.html} template resource: the scenario,
 * its events, the charts, key tables, the assumptions with their sources, and a short guide for
 * students. The page is self-contained (inline CSS, relative image links, nothing fetched), and every
 * piece of text from the scenario or dataset goes through the template's escaping.
 *
 * <p>Its length follows what it shows, not the number of flows: a run with many flows
 * ({@link RunDigest#manyFlows}) lists the largest movers of the brief's year and groups the
 * parameters by the rule that sets them, and a dataset with many countries
 * ({@link RunDigest#manyCountries}) lists the countries with the largest welfare change and sums the
 * rest, pointing to the CSV files for everything.
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
    public static Path write(RunDigest digest, List<Path> chartFiles, Path dir, Optional<DrawResults> draws,
                             BriefInputs brief) throws IOException {
        return write(digest, chartFiles, dir, draws, brief, TableFormat.CSV);
    }

    /**
     * As {@link #write(RunDigest, List, Path, Optional, BriefInputs)}, for a run whose tables are in
     * {@code tables}: the page names the files as written ({@code annual.parquet} beside a Parquet run).
     */
    public static Path write(RunDigest digest, List<Path> chartFiles, Path dir, Optional<DrawResults> draws,
                             BriefInputs brief, TableFormat tables) throws IOException {
        Map<String, Object> v = values(digest, chartFiles, dir, draws, brief.year());
        v.put("tableExt", tables.extension());
        v.putAll(BriefValues.of(digest, chartFiles, dir, brief));
        String html = HtmlTemplate.resource(TEMPLATE).render(v);
        String briefHtml = HtmlTemplate.resource(BRIEF_TEMPLATE).render(v);
        Path target = dir.resolve(FILE_NAME);
        AtomicFiles.write(dir.resolve(BRIEF_FILE_NAME), w -> w.write(briefHtml));
        AtomicFiles.write(target, w -> w.write(html));
        return target;
    }

    static Map<String, Object> values(RunDigest digest, List<Path> chartFiles, Path dir, Optional<DrawResults> draws,
                                      int year) {
        RunResult run = digest.run();
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
        List<Map<String, Object>> events = new EventTimeline(digest).rows();
        v.put("events", events);
        v.put("hasEvents", !events.isEmpty());
        v.put("charts", charts(chartFiles, dir));
        List<FlowKey> headline = digest.headline();
        v.put("headlineTables", headlineTables(digest, names));
        v.put("manyFlows", digest.manyFlows());
        v.put("flowCount", ReportNumbers.count(digest.flowCount()));
        v.put("moversYear", Integer.toString(year));
        List<Map<String, Object>> movers = new ArrayList<>();
        for (AnnualFlows.AnnualRow a : digest.movers(year)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rank", Integer.toString(movers.size() + 1));
            r.put("flow", a.flow().toString());
            r.put("flowName", names.flow(a.flow()));
            putFlowYear(r, a);
            movers.add(r);
        }
        v.put("moverRows", movers);
        v.put("moverCount", Integer.toString(movers.size()));
        v.put("maxMovers", Integer.toString(RunDigest.MOVERS));
        List<Map<String, Object>> welfare = welfare(digest, names);
        v.put("welfareRows", welfare);
        v.put("hasWelfare", !welfare.isEmpty());
        v.put("hasQuotaRent", digest.hasQuotaRent());
        v.put("welfareSummed", welfare.stream().anyMatch(r -> r.get("total").equals(true)));
        v.put("largestCountries", Integer.toString(RunDigest.LARGEST_COUNTRIES));
        ConstraintSections.put(v, run, draws);
        List<Map<String, Object>> bandRows = draws.map(d -> BandTables.headlineRows(d.bands(), headline, names))
                .orElse(List.of());
        v.put("hasBands", !bandRows.isEmpty());
        v.put("bandRows", bandRows);
        List<Map<String, Object>> totalRows = draws.map(d -> BandTables.totalRows(d.bands(), headline, names))
                .orElse(List.of());
        v.put("hasTotalBands", !totalRows.isEmpty());
        v.put("totalBandRows", totalRows);
        v.put("parameters", digest.manyFlows() ? List.of() : ParameterAssumptions.rows(digest));
        v.put("parameterGroups", digest.manyFlows() ? ParameterAssumptions.groups(digest) : List.of());
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

    private static List<Map<String, Object>> headlineTables(RunDigest digest, FlowNames names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FlowKey k : digest.headline()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int unchanged = 0;
            for (AnnualFlows.AnnualRow a : digest.annualOf(k)) {
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

    /**
     * Each year's welfare change by country. With many countries, a year in which more than
     * {@link RunDigest#LARGEST_COUNTRIES} change lists those with the largest net change, largest first,
     * then the other countries summed and the total of all, so the lines add up.
     */
    private static List<Map<String, Object>> welfare(RunDigest digest, FlowNames names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int year : digest.welfareYears()) {
            Map<String, CountryWelfare> all = digest.welfare(year);
            List<String> changed = all.keySet().stream().filter(c -> visible(all.get(c))).toList();
            if (!digest.manyCountries() || changed.size() <= RunDigest.LARGEST_COUNTRIES) {
                for (String c : changed) out.add(welfareRow(year, names.country(c), all.get(c), false));
                continue;
            }
            List<String> largest = digest.largestWelfare(year, CountryWelfare::netUsdM, RunDigest.LARGEST_COUNTRIES);
            double[] other = new double[4];
            double[] total = new double[4];
            for (Map.Entry<String, CountryWelfare> e : all.entrySet()) {
                CountryWelfare x = e.getValue();
                double[] v = {x.consumerSurplusUsdM(), x.producerSurplusUsdM(), x.tariffRevenueUsdM(), x.quotaRentUsdM()};
                for (int i = 0; i < 4; i++) {
                    total[i] += v[i];
                    if (!largest.contains(e.getKey())) other[i] += v[i];
                }
            }
            for (String c : largest) out.add(welfareRow(year, names.country(c), all.get(c), false));
            int others = all.size() - largest.size();
            out.add(welfareRow(year, "other " + others + (others == 1 ? " country" : " countries"),
                    new CountryWelfare(other[0], other[1], other[2], other[3]), true));
            out.add(welfareRow(year, "all " + all.size() + " countries",
                    new CountryWelfare(total[0], total[1], total[2], total[3]), true));
        }
        return out;
    }

    /** A welfare line the table shows: one that rounds to more than nothing. */
    private static boolean visible(CountryWelfare x) {
        return Math.abs(x.consumerSurplusUsdM()) + Math.abs(x.producerSurplusUsdM())
                + Math.abs(x.tariffRevenueUsdM()) + Math.abs(x.quotaRentUsdM()) >= 0.05;
    }

    private static Map<String, Object> welfareRow(int year, String country, CountryWelfare x, boolean total) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("year", Integer.toString(year));
        r.put("country", country);
        r.put("cs", ReportNumbers.signed(x.consumerSurplusUsdM()));
        r.put("ps", ReportNumbers.signed(x.producerSurplusUsdM()));
        r.put("revenue", ReportNumbers.signed(x.tariffRevenueUsdM()));
        r.put("rent", ReportNumbers.signed(x.quotaRentUsdM()));
        r.put("net", ReportNumbers.signed(x.netUsdM()));
        r.put("total", total);
        return r;
    }
}
