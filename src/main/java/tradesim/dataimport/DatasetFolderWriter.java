package tradesim.dataimport;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tradesim.output.AtomicFiles;

/**
 * Writes the dataset folder of an import: {@code dataset.yaml}, {@code flows.csv},
 * {@code tariffs.csv}, {@code unit_values.csv} and {@code parameters.csv}, each to a temporary
 * name renamed into place. Rows come in the groups file's order: product, then importer, then
 * exporter, {@code ROW} last. Every cell's source names the input file and the year.
 */
public final class DatasetFolderWriter {

    public static final List<String> FILES = List.of("dataset.yaml", "flows.csv", "tariffs.csv", "unit_values.csv",
            "parameters.csv");

    /** What was written, for the summary. */
    public record Written(int flows, int tariffs, int unitValues, int parameters) {
    }

    /** How many distinct tariff-file sources a tariff row quotes before it says "and N more". */
    private static final int SOURCES_QUOTED = 3;

    private final ImportedData data;
    private final List<String> codes;

    public DatasetFolderWriter(ImportedData data) {
        this.data = data;
        this.codes = data.countryCodes();
    }

    /** Writes the five files into {@code folder}, creating it if needed. */
    public Written write(Path folder) throws IOException {
        int[] n = new int[4];
        AtomicFiles.write(folder.resolve("dataset.yaml"), this::manifest);
        AtomicFiles.write(folder.resolve("flows.csv"), out -> n[0] = flows(out));
        AtomicFiles.write(folder.resolve("tariffs.csv"), out -> n[1] = tariffs(out));
        AtomicFiles.write(folder.resolve("unit_values.csv"), out -> n[2] = unitValues(out));
        AtomicFiles.write(folder.resolve("parameters.csv"), out -> n[3] = parameters(out));
        return new Written(n[0], n[1], n[2], n[3]);
    }

    private void manifest(Writer out) throws IOException {
        out.write("name: " + quoted(data.name()) + "\n");
        out.write("base_year: " + data.year() + "\n");
        out.write("currency: USD\n");
        out.write("unit: million per year\n");
        out.write("description: " + quoted("Imported by tradesim data import from " + data.input().label() + ", year "
                + data.year() + ", grouped by " + data.groupsFile() + ": " + data.groups().countries().size()
                + " countries kept apart, every other country as ROW (trade among them is the ROW->ROW flow, "
                + "read as ROW's home sales). Values in USD million; tariffs are import-weighted means of HS6 "
                + "rates; unit values come from the quantities; the elasticities are defaults marked estimate, "
                + "to be replaced.") + "\n");
        out.write("countries:\n");
        for (String c : codes) out.write("  " + c + ": " + quoted(data.countryName(c)) + "\n");
        out.write("products:\n");
        for (ProductGroups.ProductGroup p : data.groups().products()) {
            out.write("  " + p.id() + ":\n");
            out.write("    name: " + quoted(p.name()) + "\n");
            out.write("    hs: [" + String.join(", ", p.hsAsWritten().stream().map(DatasetFolderWriter::quoted)
                    .toList()) + "]\n");
            String note = p.note().isEmpty() ? "HS6 lines under " + String.join(", ", p.hsPrefixes()) + " in "
                    + data.input().label() + ", " + data.year() : p.note();
            out.write("    note: " + quoted(note) + "\n");
        }
        out.write("sources:\n");
        for (String s : data.input().sources()) out.write("  - " + quoted(s) + "\n");
        for (String s : DefaultElasticities.SOURCES) out.write("  - " + quoted(s) + "\n");
    }

    private int flows(Writer out) throws IOException {
        out.write("importer,exporter,product,value_usd_m,source\n");
        return eachFlow((key, cell) -> {
            String source = data.input().label() + " " + data.year() + ": " + cell.lines + " HS6 "
                    + (cell.lines == 1 ? "line" : "lines") + data.input().valueNote();
            return List.of(key[0], key[1], key[2], decimal(cell.valueUsd / 1e6, 6), source);
        }, out);
    }

    private int tariffs(Writer out) throws IOException {
        out.write("importer,exporter,product,rate_pct,regime,source\n");
        int rows = 0;
        for (int p = 0; p < data.groups().products().size(); p++) {
            String product = data.groups().products().get(p).id();
            for (int i = 0; i < codes.size(); i++) {
                TradeTotals.Cell mfn = data.totals().mfn.get(data.key(p, i, 0));
                if (mfn != null) {
                    writeRow(out, List.of(codes.get(i), HsTariffs.ANY, product, decimal(mfn.weightedRatePct(), 4),
                            regime(mfn), tariffSource(mfn, "MFN rows (*)")));
                    rows++;
                }
                for (int e = 0; e < codes.size(); e++) {
                    TradeTotals.Cell flow = data.totals().flows.get(data.key(p, i, e));
                    // A tariff on ROW->ROW would be one on home sales, which the dataset does not allow.
                    if (flow == null || i == e || Double.isNaN(flow.weightedRatePct())) continue;
                    writeRow(out, List.of(codes.get(i), codes.get(e), product, decimal(flow.weightedRatePct(), 4),
                            regime(flow), tariffSource(flow, "rows")));
                    rows++;
                }
            }
        }
        return rows;
    }

    private String regime(TradeTotals.Cell cell) {
        Set<String> regimes = new LinkedHashSet<>();
        for (HsTariffs.Rate r : cell.rates) regimes.add(r.regime().isEmpty() ? "applied" : r.regime());
        return String.join("; ", regimes);
    }

    private String tariffSource(TradeTotals.Cell cell, String which) {
        Set<String> sources = new LinkedHashSet<>();
        for (HsTariffs.Rate r : cell.rates) sources.add(r.source());
        List<String> quoted = sources.stream().limit(SOURCES_QUOTED).toList();
        String more = sources.size() > SOURCES_QUOTED ? "; and " + (sources.size() - SOURCES_QUOTED) + " more" : "";
        double covered = cell.valueUsd > 0 ? 100 * cell.tariffedValueUsd / cell.valueUsd : 100;
        return "mean of the " + which + " of " + data.input().tariffFile() + " on this flow's HS6 lines, weighted by "
                + data.year() + " import values in " + data.input().label() + " (lines with a rate: "
                + decimal(covered, 1) + "% of the value); rates from: " + String.join("; ", quoted) + more;
    }

    private int unitValues(Writer out) throws IOException {
        out.write("importer,exporter,product,usd_per_t,source\n");
        int rows = 0;
        for (int p = 0; p < data.groups().products().size(); p++) {
            TradeTotals.Cell all = new TradeTotals.Cell();
            for (int i = 0; i < codes.size(); i++) {
                for (int e = 0; e < codes.size(); e++) {
                    TradeTotals.Cell c = data.totals().flows.get(data.key(p, i, e));
                    if (c == null) continue;
                    all.valueUsd += c.valueUsd;
                    all.quantifiedValueUsd += c.quantifiedValueUsd;
                    all.tonnes += c.tonnes;
                }
            }
            if (Double.isNaN(all.usdPerTonne())) continue;
            // The product-wide row covers flows whose lines report no quantity.
            writeRow(out, List.of("*", "*", data.groups().products().get(p).id(), decimal(all.usdPerTonne(), 2),
                    unitValueSource(all, "all flows of the product")));
            rows++;
        }
        rows += eachFlow((key, cell) -> Double.isNaN(cell.usdPerTonne()) ? null : List.of(key[0], key[1], key[2],
                decimal(cell.usdPerTonne(), 2), unitValueSource(cell, "this flow")), out);
        return rows;
    }

    private String unitValueSource(TradeTotals.Cell cell, String what) {
        double share = cell.valueUsd > 0 ? 100 * cell.quantifiedValueUsd / cell.valueUsd : 100;
        return data.input().label() + " " + data.year() + ": value / " + data.input().quantityNote() + " over the HS6 lines of "
                + what + " that report a quantity (" + decimal(share, 1) + "% of the value)";
    }

    private int parameters(Writer out) throws IOException {
        out.write("product,importer,exporter,substitution,demand,supply,half_life_months,source\n");
        for (List<String> row : DefaultElasticities.ROWS) writeRow(out, row);
        return DefaultElasticities.ROWS.size();
    }

    /** Writes one row per flow, in order; {@code row} gives the cells or null to skip. */
    private int eachFlow(java.util.function.BiFunction<String[], TradeTotals.Cell, List<String>> row, Writer out)
            throws IOException {
        int rows = 0;
        for (int p = 0; p < data.groups().products().size(); p++) {
            for (int i = 0; i < codes.size(); i++) {
                for (int e = 0; e < codes.size(); e++) {
                    TradeTotals.Cell cell = data.totals().flows.get(data.key(p, i, e));
                    if (cell == null) continue;
                    List<String> cells = row.apply(new String[] {codes.get(i), codes.get(e),
                            data.groups().products().get(p).id()}, cell);
                    if (cells == null) continue;
                    writeRow(out, cells);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        out.write(String.join(",", cells.stream().map(DatasetFolderWriter::csvCell).toList()));
        out.write('\n');
    }

    static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
    }

    /** Plain decimal notation with at most {@code places} decimals, no trailing zeros, Locale-free. */
    static String decimal(double v, int places) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
