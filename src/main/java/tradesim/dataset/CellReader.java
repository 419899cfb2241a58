package tradesim.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import tradesim.model.ParameterRule;
import tradesim.input.NumberText;
import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;
import tradesim.input.CsvTable;

/** Typed reads of CSV cells against the dataset's codes; each bad cell becomes a positioned problem. */
final class CellReader {

    private final String file;
    private final ProblemCollector problems;
    private final List<String> countries;
    private final List<String> products;
    /**
     * Each known code to itself: a lookup is a hash, not a scan of the list, and every cell with a
     * code gives the same String, so an imported dataset's half-million flows share a few hundred
     * code strings rather than holding three each.
     */
    private final Map<String, String> countryCodes = new HashMap<>();
    private final Map<String, String> productCodes = new HashMap<>();

    CellReader(String file, ProblemCollector problems, List<String> countries, List<String> products) {
        this.file = file;
        this.problems = problems;
        this.countries = List.copyOf(countries);
        this.products = List.copyOf(products);
        for (String c : this.countries) countryCodes.put(c, c);
        for (String p : this.products) productCodes.put(p, p);
    }

    void report(CsvTable.Cell cell, String message) {
        problems.add(file, cell.line(), cell.column(), message);
    }

    void report(CsvTable.Row row, String message) {
        problems.add(file, row.line(), 1, message);
    }

    Optional<String> country(CsvTable.Cell cell, String column, boolean wildcard) {
        return code(cell, column, wildcard, countries, countryCodes, "country");
    }

    Optional<String> product(CsvTable.Cell cell, String column, boolean wildcard) {
        return code(cell, column, wildcard, products, productCodes, "product");
    }

    private Optional<String> code(CsvTable.Cell cell, String column, boolean wildcard, List<String> known,
                                  Map<String, String> codes, String kind) {
        String v = cell.text().strip();
        if (v.isEmpty()) {
            report(cell, "empty " + column + " cell (expected a " + kind + (wildcard ? " or *" : "") + ")");
            return Optional.empty();
        }
        if (v.equals(ParameterRule.ANY)) {
            if (wildcard) return Optional.of(ParameterRule.ANY);
            report(cell, column + " cannot be * here (found '*', expected a " + kind + " of dataset.yaml)");
            return Optional.empty();
        }
        String code = codes.get(v);
        if (code != null) return Optional.of(code);
        report(cell, "unknown " + kind + " '" + Spelling.shown(v) + "'" + Spelling.hint(v, known)
                + (Spelling.closest(v, known).isPresent() ? "" : " (expected a " + kind + " of dataset.yaml)"));
        return Optional.empty();
    }

    /** A required number. */
    OptionalDouble number(CsvTable.Cell cell, String column) {
        if (cell.text().isBlank()) {
            report(cell, "empty " + column + " cell (expected a number)");
            return OptionalDouble.empty();
        }
        return optionalNumber(cell, column);
    }

    /** An empty cell is simply unset; anything else must be a number. */
    OptionalDouble optionalNumber(CsvTable.Cell cell, String column) {
        if (cell.text().isBlank()) return OptionalDouble.empty();
        NumberText.Reading r = NumberText.read(cell.text());
        if (!r.ok()) {
            report(cell, r.message(column) + " (found '" + Spelling.shown(cell.text()) + "', expected a number)");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(r.value());
    }

    Optional<String> source(CsvTable.Cell cell) {
        String v = cell.text().strip();
        if (v.isEmpty()) {
            report(cell, "missing source (found an empty cell, expected a citation or the word estimate)");
            return Optional.empty();
        }
        return Optional.of(v);
    }
}
