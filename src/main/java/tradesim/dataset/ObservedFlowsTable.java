package tradesim.dataset;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import tradesim.input.CsvTable;
import tradesim.input.NumberText;
import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.Horizon;
import tradesim.model.InputException;
import tradesim.model.ObservedValue;
import tradesim.model.Product;

/**
 * An observed-flows file ({@code importer,exporter,product,year,value_usd_m,source}, like the
 * dataset's {@code observed.csv}): what followed flows were actually worth, year by year, to set a
 * run against. Every row must name a flow of the dataset and a year the run can be compared in.
 */
public final class ObservedFlowsTable {

    public static final List<String> HEADER = List.of("importer", "exporter", "product", "year", "value_usd_m",
            "source");

    private ObservedFlowsTable() {
    }

    /**
     * The years a run has an annual value for: the dataset's base year (the base-year flow) and every
     * calendar year the horizon covers in full; a part year's sum is not a year's trade.
     */
    public static Set<Integer> comparableYears(Dataset dataset, Horizon horizon) {
        Map<Integer, Integer> months = new HashMap<>();
        for (YearMonth p : horizon.periods()) months.merge(p.getYear(), horizon.periodMonths(), Integer::sum);
        Set<Integer> years = new TreeSet<>();
        years.add(dataset.baseYear());
        months.forEach((y, m) -> {
            if (m == 12) years.add(y);
        });
        return years;
    }

    /**
     * Reads {@code file}, checking every row against the dataset and the horizon.
     *
     * @throws InputException with every problem found, each at its line and column
     */
    public static List<ObservedValue> read(Path file, String display, Dataset dataset, Horizon horizon)
            throws InputException {
        ProblemCollector problems = new ProblemCollector();
        List<ObservedValue> out = new ArrayList<>();
        Optional<CsvTable> table = CsvTable.read(file, display, problems);
        if (table.isPresent()) {
            List<CsvTable.Row> rows = DatasetLoader.checkedRows(table.get(), List.of(HEADER), problems);
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.addFile(display, "no observed values (found only the header, expected at least one row)");
            }
            CellReader cells = new CellReader(display, problems, dataset.countries().stream().map(Country::code).toList(),
                    dataset.products().stream().map(Product::id).toList());
            Set<FlowKey> flows = new HashSet<>();
            for (Flow f : dataset.flows()) flows.add(f.key());
            Set<Integer> years = comparableYears(dataset, horizon);
            Map<String, Integer> seen = new HashMap<>();
            for (CsvTable.Row row : rows) {
                readRow(row, cells, flows, years, dataset, seen).ifPresent(out::add);
            }
        }
        problems.throwIfAny();
        return List.copyOf(out);
    }

    private static Optional<ObservedValue> readRow(CsvTable.Row row, CellReader cells, Set<FlowKey> flows,
                                                   Set<Integer> years, Dataset dataset, Map<String, Integer> seen) {
        List<CsvTable.Cell> c = row.cells();
        Optional<String> importer = cells.country(c.get(0), "importer", false);
        Optional<String> exporter = cells.country(c.get(1), "exporter", false);
        Optional<String> product = cells.product(c.get(2), "product", false);
        Optional<Integer> year = year(c.get(3), cells, years, dataset);
        OptionalDouble value = cells.number(c.get(4), "value_usd_m");
        Optional<String> source = cells.source(c.get(5));
        if (value.isPresent() && value.getAsDouble() < 0) {
            cells.report(c.get(4), "negative value (found " + NumberText.format(value.getAsDouble())
                    + ", expected USD million of 0 or more)");
            value = OptionalDouble.empty();
        }
        if (importer.isEmpty() || exporter.isEmpty() || product.isEmpty()) return Optional.empty();
        FlowKey flow = new FlowKey(importer.get(), exporter.get(), product.get());
        if (!flows.contains(flow)) {
            cells.report(c.get(0), "flow " + flow + " is not in the dataset (found no row "
                    + flow.importer() + "," + flow.exporter() + "," + flow.product()
                    + " in flows.csv, expected a flow the model follows)");
            return Optional.empty();
        }
        if (year.isEmpty() || value.isEmpty() || source.isEmpty()) return Optional.empty();
        String key = flow + "|" + year.get();
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            cells.report(row, "duplicate row for " + flow + " in " + year.get() + " (found it again, first on line "
                    + first + ", expected one value per flow and year)");
            return Optional.empty();
        }
        return Optional.of(new ObservedValue(flow, year.get(), value.getAsDouble(), source.get()));
    }

    private static Optional<Integer> year(CsvTable.Cell cell, CellReader cells, Set<Integer> years, Dataset dataset) {
        String t = cell.text().strip();
        if (!t.matches("\\d{4}")) {
            cells.report(cell, "bad year (found '" + Spelling.shown(t) + "', expected a year such as " + dataset.baseYear() + ")");
            return Optional.empty();
        }
        int y = Integer.parseInt(t);
        if (!years.contains(y)) {
            int first = years.stream().skip(1).findFirst().orElse(dataset.baseYear());
            int last = years.stream().reduce((a, b) -> b).orElse(dataset.baseYear());
            cells.report(cell, "year outside the horizon (found " + y + ", expected the base year "
                    + dataset.baseYear() + (years.size() > 1 ? " or a full year of the horizon, " + first + "-" + last
                    : "") + ")");
            return Optional.empty();
        }
        return Optional.of(y);
    }
}
