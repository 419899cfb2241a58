package tradesim.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import tradesim.input.CsvTable;
import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;
import tradesim.model.FlowKey;
import tradesim.model.UnitValue;

/**
 * Reads the optional {@code unit_values.csv}: base-year USD per tonne by (importer, exporter,
 * product), with {@code *} wildcards for the two countries. Safeguard and quota volumes in tonnes
 * come from it: a flow's tonnes are its quantity (value at base prices) times 10⁶ over its unit value.
 */
final class UnitValueTable {

    static final String FILE = "unit_values.csv";
    static final List<String> HEADER = List.of("importer", "exporter", "product", "usd_per_t", "source");
    /** The dearest goods traded by the tonne (saffron, vanilla) are far below this; a typo is not. */
    static final double MAX_USD_PER_T = 1e9;

    private UnitValueTable() {
    }

    static List<UnitValue> read(Path folder, ProblemCollector problems, List<String> countries, List<String> products) {
        CellReader cells = new CellReader(DatasetLoader.name(folder, FILE), problems, countries, products);
        List<UnitValue> out = new ArrayList<>();
        // FlowKey, not a list of the three codes: a list's hash collides for three-letter codes.
        Map<FlowKey, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : DatasetLoader.rows(folder, FILE, HEADER, problems)) {
            List<CsvTable.Cell> c = row.cells();
            Optional<String> importer = cells.country(c.get(0), "importer", true);
            Optional<String> exporter = cells.country(c.get(1), "exporter", true);
            Optional<String> product = cells.product(c.get(2), "product", false);
            OptionalDouble usd = cells.number(c.get(3), "usd_per_t");
            Optional<String> source = cells.source(c.get(4));
            if (usd.isPresent() && !(usd.getAsDouble() > 0 && usd.getAsDouble() <= MAX_USD_PER_T)) {
                cells.report(c.get(3), "usd_per_t out of range (found '" + Spelling.shown(c.get(3).text().strip())
                        + "', expected USD per tonne above 0 and at most 1e9)");
                usd = OptionalDouble.empty();
            }
            if (importer.isEmpty() || exporter.isEmpty() || product.isEmpty() || usd.isEmpty() || source.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(new FlowKey(importer.get(), exporter.get(), product.get()), row.line());
            if (first != null) {
                cells.report(row, "duplicate unit value (" + importer.get() + ", " + exporter.get() + ", "
                        + product.get() + ") (first at line " + first + ")");
                continue;
            }
            out.add(new UnitValue(importer.get(), exporter.get(), product.get(), usd.getAsDouble(), source.get()));
        }
        return out;
    }
}
