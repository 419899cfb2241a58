package tradesim.dataimport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import tradesim.input.CsvTable;
import tradesim.input.NumberText;
import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;

/**
 * The tariff file of an import: {@code importer,exporter,hs,rate_pct,regime,source}, rates on HS
 * prefixes, {@code *} as the exporter for the rate every exporter without its own row pays (MFN).
 * For an HS6 line the most specific row applies: a row naming the exporter beats a {@code *} row
 * (a preference covers its whole scope), then the longest HS prefix wins.
 */
final class HsTariffs {

    static final List<String> HEADER = List.of("importer", "exporter", "hs", "rate_pct", "regime", "source");
    static final String ANY = "*";
    /** The highest rate a dataset accepts, percent. */
    static final double MAX_RATE_PCT = 1000;

    /** One row of the file. */
    record Rate(double ratePct, String regime, String source) {
    }

    /** importer → exporter (or *) → HS prefix → rate. */
    private final Map<String, Map<String, Map<String, Rate>>> rates;

    private HsTariffs(Map<String, Map<String, Map<String, Rate>>> rates) {
        this.rates = rates;
    }

    static HsTariffs none() {
        return new HsTariffs(Map.of());
    }

    /**
     * Reads the file; {@code knownCountry} says whether a code names a country of the trade data
     * (always true when the data has no country list, as with Comtrade).
     */
    static Optional<HsTariffs> read(Path path, String display, Predicate<String> knownCountry,
                                    ProblemCollector problems) {
        int before = problems.count();
        Optional<List<CsvTable.Row>> rows = SmallTable.rows(path, display, HEADER, problems);
        if (rows.isEmpty()) return Optional.empty();
        Map<String, Map<String, Map<String, Rate>>> rates = new HashMap<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows.get()) {
            List<CsvTable.Cell> c = row.cells();
            boolean ok = true;
            String importer = c.get(0).text().strip();
            String exporter = c.get(1).text().strip();
            if (importer.isEmpty() || importer.equals(ANY) || !knownCountry.test(importer)) {
                report(problems, display, c.get(0), importer.isEmpty() ? "empty importer cell (expected an ISO3 code)"
                        : "unknown importer '" + Spelling.shown(importer) + "' (expected an ISO3 code of the "
                        + "country file)");
                ok = false;
            }
            if (exporter.isEmpty() || (!exporter.equals(ANY) && !knownCountry.test(exporter))) {
                report(problems, display, c.get(1), exporter.isEmpty() ? "empty exporter cell (expected an ISO3 "
                        + "code or *)" : "unknown exporter '" + Spelling.shown(exporter) + "' (expected an ISO3 "
                        + "code of the country file or *)");
                ok = false;
            }
            String hs = c.get(2).text().strip().replace(".", "");
            if (!hs.matches("\\d{2,6}")) {
                report(problems, display, c.get(2), "not an HS code prefix (found '" + Spelling.shown(c.get(2).text())
                        + "', expected 2 to 6 digits)");
                ok = false;
            }
            NumberText.Reading rate = NumberText.read(c.get(3).text());
            if (!rate.ok()) {
                report(problems, display, c.get(3), rate.message("rate_pct") + " (found '"
                        + Spelling.shown(c.get(3).text()) + "', expected a number)");
                ok = false;
            } else if (!(rate.value() >= 0 && rate.value() <= MAX_RATE_PCT)) {
                report(problems, display, c.get(3), "rate_pct out of range (found '" + c.get(3).text().strip()
                        + "', expected a rate from 0 to 1000 percent)");
                ok = false;
            }
            String source = c.get(5).text().strip();
            if (source.isEmpty()) {
                report(problems, display, c.get(5), "missing source (found an empty cell, expected a citation or "
                        + "the word estimate)");
                ok = false;
            }
            if (!ok) continue;
            Integer first = seen.putIfAbsent(List.of(importer, exporter, hs), row.line());
            if (first != null) {
                problems.add(display, row.line(), 1, "duplicate tariff " + exporter + "\u2192" + importer + " hs " + hs
                        + " (first at line " + first + ")");
                continue;
            }
            rates.computeIfAbsent(importer, k -> new HashMap<>()).computeIfAbsent(exporter, k -> new HashMap<>())
                    .put(hs, new Rate(rate.value(), c.get(4).text().strip(), source));
        }
        if (problems.count() > before) return Optional.empty();
        return Optional.of(new HsTariffs(rates));
    }

    private static void report(ProblemCollector problems, String file, CsvTable.Cell cell, String message) {
        problems.add(file, cell.line(), cell.column(), message);
    }

    boolean isEmpty() {
        return rates.isEmpty();
    }

    /** The rate on one HS6 line of a bilateral flow, or null when the file sets none. */
    Rate applied(String importer, String exporter, String hs6) {
        Map<String, Map<String, Rate>> byExporter = rates.get(importer);
        if (byExporter == null) return null;
        Rate own = longest(byExporter.get(exporter), hs6);
        return own != null ? own : longest(byExporter.get(ANY), hs6);
    }

    /** The MFN rate ({@code *} rows only) on one HS6 line, or null when the file sets none. */
    Rate mfn(String importer, String hs6) {
        Map<String, Map<String, Rate>> byExporter = rates.get(importer);
        return byExporter == null ? null : longest(byExporter.get(ANY), hs6);
    }

    private static Rate longest(Map<String, Rate> byPrefix, String hs6) {
        if (byPrefix == null) return null;
        for (int len = Math.min(6, hs6.length()); len >= 2; len--) {
            Rate r = byPrefix.get(hs6.substring(0, len));
            if (r != null) return r;
        }
        return null;
    }
}
