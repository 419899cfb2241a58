package tradesim.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import tradesim.model.BaseTariff;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.Growth;
import tradesim.model.ScheduledRate;
import tradesim.model.UnitValue;
import tradesim.model.InputException;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.Product;
import tradesim.model.RateRange;
import tradesim.input.ProblemCollector;
import tradesim.input.CsvTable;
import tradesim.input.Spelling;

/**
 * Loads and validates a dataset folder (docs/model.md, The dataset): {@code dataset.yaml}, {@code flows.csv},
 * {@code tariffs.csv}, {@code parameters.csv} and the optional {@code growth.csv},
 * {@code unit_values.csv} and {@code schedules.csv}. Every problem in
 * every file is collected before one {@link InputException} is thrown.
 */
public final class DatasetLoader {

    static final String MANIFEST = "dataset.yaml";
    static final String FLOWS = "flows.csv";
    static final String TARIFFS = "tariffs.csv";
    static final String PARAMETERS = "parameters.csv";
    static final String GROWTH = "growth.csv";
    /**
     * Largest base flow, USD million a year: ten thousand times world GDP (about 1e8). Two flows
     * of 1e308 summed to infinity and made every equilibrium of their product NaN.
     */
    static final double MAX_FLOW_USD_M = 1e12;
    /**
     * Growth rates, percent a year. Compounded over a 50-year horizon they must stay far inside
     * the doubles: 1e300 % overflowed the demand factor, and -99.9999999999 % rounded it to 0.
     */
    static final double MIN_GROWTH_PCT = -50;
    static final double MAX_GROWTH_PCT = 100;

    static final List<String> FLOWS_HEADER = List.of("importer", "exporter", "product", "value_usd_m", "source");
    static final List<String> TARIFFS_HEADER = List.of("importer", "exporter", "product", "rate_pct", "regime",
            "source");
    static final List<String> PARAMETERS_HEADER = List.of("product", "importer", "exporter", "substitution",
            "demand", "supply", "half_life_months", "source");
    static final List<String> GROWTH_HEADER = List.of("country", "product", "demand_growth_pct",
            "supply_growth_pct", "source");

    private DatasetLoader() {
    }

    public static Dataset load(Path folder) throws InputException {
        ProblemCollector problems = new ProblemCollector();
        if (!Files.isDirectory(folder)) {
            problems.addFile(folder.toString(), "dataset folder not found (expected a folder with " + MANIFEST
                    + ", " + FLOWS + ", " + TARIFFS + " and " + PARAMETERS + ")");
            problems.throwIfAny();
        }
        Optional<DatasetManifest> manifest = DatasetManifest.read(folder.resolve(MANIFEST), name(folder, MANIFEST),
                problems);
        if (manifest.isEmpty()) {
            problems.throwIfAny();
        }
        DatasetManifest m = manifest.orElseThrow();
        List<String> countries = m.countries().stream().map(Country::code).toList();
        List<String> products = m.products().stream().map(Product::id).toList();

        List<Flow> flows = readFlows(folder, problems, countries, products);
        List<BaseTariff> tariffs = readTariffs(folder, problems, countries, products);
        List<ParameterRule> parameters = readParameters(folder, problems, countries, products);
        List<Growth> growth = Files.exists(folder.resolve(GROWTH))
                ? readGrowth(folder, problems, countries, products) : List.of();
        List<UnitValue> unitValues = Files.exists(folder.resolve(UnitValueTable.FILE))
                ? UnitValueTable.read(folder, problems, countries, products) : List.of();
        Set<FlowKey> listed = new HashSet<>();
        for (Flow f : flows) listed.add(f.key());
        List<ScheduledRate> schedules = Files.exists(folder.resolve(RateScheduleTable.FILE))
                ? RateScheduleTable.read(folder, problems, countries, products, listed) : List.of();
        if (problems.isEmpty()) {
            ParameterCoverage.check(flows, parameters, name(folder, PARAMETERS), problems);
        }
        problems.throwIfAny();
        List<String> files = new ArrayList<>(List.of(MANIFEST, FLOWS, TARIFFS, PARAMETERS));
        for (String optional : List.of(GROWTH, UnitValueTable.FILE, RateScheduleTable.FILE)) {
            if (Files.exists(folder.resolve(optional))) files.add(optional);
        }
        String sha = DatasetHash.of(folder, files, problems);
        problems.throwIfAny();
        return new Dataset(m.name(), m.baseYear(), m.currency(), m.unit(), m.description(), m.countries(),
                m.products(), m.sources(), flows, tariffs, parameters, growth, folder.toString(), sha, unitValues,
                schedules);
    }

    static String name(Path folder, String file) {
        return folder.resolve(file).toString();
    }

    /** The rows of a table whose header is {@code expected} and whose rows have as many cells. */
    static List<CsvTable.Row> rows(Path folder, String file, List<String> expected, ProblemCollector problems) {
        Optional<CsvTable> table = CsvTable.read(folder.resolve(file), name(folder, file), problems);
        if (table.isEmpty()) return List.of();
        return checkedRows(table.get(), List.of(expected), problems);
    }

    static List<CsvTable.Row> checkedRows(CsvTable table, List<List<String>> headers, ProblemCollector problems) {
        List<String> found = table.header().cells().stream().map(c -> c.text().strip()).toList();
        if (!headers.contains(found)) {
            problems.add(table.file(), table.header().line(), 1, "wrong header (found '" + String.join(",", found)
                    + "', expected '" + String.join(",", headers.get(0)) + "')");
            return List.of();
        }
        List<CsvTable.Row> ok = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.cells().size() != found.size()) {
                problems.add(table.file(), row.line(), 1, "wrong number of cells (found " + row.cells().size()
                        + ", expected " + found.size() + ": " + String.join(",", found) + ")");
            } else {
                ok.add(row);
            }
        }
        return ok;
    }

    private static List<Flow> readFlows(Path folder, ProblemCollector problems, List<String> countries,
                                        List<String> products) {
        CellReader cells = new CellReader(name(folder, FLOWS), problems, countries, products);
        List<Flow> flows = new ArrayList<>();
        Map<FlowKey, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows(folder, FLOWS, FLOWS_HEADER, problems)) {
            List<CsvTable.Cell> c = row.cells();
            Optional<String> importer = cells.country(c.get(0), "importer", false);
            Optional<String> exporter = cells.country(c.get(1), "exporter", false);
            Optional<String> product = cells.product(c.get(2), "product", false);
            OptionalDouble value = cells.number(c.get(3), "value_usd_m");
            Optional<String> source = cells.source(c.get(4));
            if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= MAX_FLOW_USD_M)) {
                cells.report(c.get(3), "value_usd_m out of range (found '"
                        + tradesim.input.Spelling.shown(c.get(3).text()) + "', expected a value in USD million "
                        + "from 0 to 1e12)");
                value = OptionalDouble.empty();
            }
            if (importer.isEmpty() || exporter.isEmpty() || product.isEmpty() || value.isEmpty() || source.isEmpty()) {
                continue;
            }
            FlowKey key = new FlowKey(importer.get(), exporter.get(), product.get());
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                cells.report(row, "duplicate flow " + key + " (first at line " + first + ")");
                continue;
            }
            flows.add(new Flow(key, value.getAsDouble(), source.get()));
        }
        return flows;
    }

    private static List<BaseTariff> readTariffs(Path folder, ProblemCollector problems, List<String> countries,
                                                List<String> products) {
        CellReader cells = new CellReader(name(folder, TARIFFS), problems, countries, products);
        List<BaseTariff> tariffs = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows(folder, TARIFFS, TARIFFS_HEADER, problems)) {
            List<CsvTable.Cell> c = row.cells();
            Optional<String> importer = cells.country(c.get(0), "importer", false);
            Optional<String> exporter = cells.country(c.get(1), "exporter", true);
            Optional<String> product = cells.product(c.get(2), "product", false);
            OptionalDouble rate = cells.number(c.get(3), "rate_pct");
            String regime = c.get(4).text().strip();
            Optional<String> source = cells.source(c.get(5));
            Optional<String> badRate = rate.isPresent()
                    ? RateRange.problem("rate_pct", rate.getAsDouble(), "'" + c.get(3).text() + "'") : Optional.empty();
            if (badRate.isPresent()) {
                cells.report(c.get(3), badRate.get());
                rate = OptionalDouble.empty();
            }
            if (importer.isPresent() && importer.equals(exporter)) {
                cells.report(c.get(1), "a tariff on domestic sales (found importer = exporter = " + importer.get()
                        + ", expected another exporter or *)");
                continue;
            }
            if (importer.isEmpty() || exporter.isEmpty() || product.isEmpty() || rate.isEmpty() || source.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(List.of(importer.get(), exporter.get(), product.get()), row.line());
            if (first != null) {
                cells.report(row, "duplicate tariff " + exporter.get() + "\u2192" + importer.get() + " " + product.get()
                        + " (first at line " + first + ")");
                continue;
            }
            tariffs.add(new BaseTariff(importer.get(), exporter.get(), product.get(), rate.getAsDouble(), regime,
                    source.get()));
        }
        return tariffs;
    }

    private static List<ParameterRule> readParameters(Path folder, ProblemCollector problems, List<String> countries,
                                                      List<String> products) {
        CellReader cells = new CellReader(name(folder, PARAMETERS), problems, countries, products);
        List<ParameterRule> rules = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        ParameterKind[] kinds = {ParameterKind.SUBSTITUTION, ParameterKind.DEMAND, ParameterKind.SUPPLY,
                ParameterKind.HALF_LIFE};
        for (CsvTable.Row row : rows(folder, PARAMETERS, PARAMETERS_HEADER, problems)) {
            List<CsvTable.Cell> c = row.cells();
            Optional<String> product = cells.product(c.get(0), "product", true);
            Optional<String> importer = cells.country(c.get(1), "importer", true);
            Optional<String> exporter = cells.country(c.get(2), "exporter", true);
            Optional<String> source = cells.source(c.get(7));
            boolean ok = product.isPresent() && importer.isPresent() && exporter.isPresent() && source.isPresent();
            Map<ParameterKind, Double> values = new EnumMap<>(ParameterKind.class);
            for (int k = 0; k < kinds.length; k++) {
                CsvTable.Cell cell = c.get(3 + k);
                OptionalDouble v = cells.optionalNumber(cell, kinds[k].key());
                if (v.isEmpty()) {
                    ok &= cell.text().isBlank();
                    continue;
                }
                Optional<String> wrong = ParameterScope.misplaced(kinds[k], importer.orElse("*"),
                        exporter.orElse("*"));
                if (wrong.isPresent()) {
                    cells.report(cell, wrong.get());
                    ok = false;
                } else if (!kinds[k].isValid(v.getAsDouble())) {
                    cells.report(cell, kinds[k].key() + " out of range (found '" + cell.text().strip()
                            + "', expected " + kinds[k].validRange() + ")");
                    ok = false;
                } else {
                    values.put(kinds[k], v.getAsDouble());
                }
            }
            if (!ok) continue;
            // One row per parameter, each with its own source, is a fine layout; the same parameter set
            // twice for the same key is not, since which one wins would depend on row order.
            boolean duplicate = false;
            for (int k = 0; k < kinds.length; k++) {
                if (!values.containsKey(kinds[k])) continue;
                Integer first = seen.putIfAbsent(List.of(product.get(), importer.get(), exporter.get(),
                        kinds[k].key()), row.line());
                if (first != null) {
                    cells.report(c.get(3 + k), "duplicate parameter: (" + product.get() + ", " + importer.get()
                            + ", " + exporter.get() + ") sets " + kinds[k].key() + " again (first at line " + first
                            + ")");
                    duplicate = true;
                }
            }
            if (!duplicate) {
                rules.add(new ParameterRule(product.get(), importer.get(), exporter.get(), values, source.get()));
            }
        }
        return rules;
    }

    private static List<Growth> readGrowth(Path folder, ProblemCollector problems, List<String> countries,
                                           List<String> products) {
        CellReader cells = new CellReader(name(folder, GROWTH), problems, countries, products);
        Optional<CsvTable> table = CsvTable.read(folder.resolve(GROWTH), name(folder, GROWTH), problems);
        if (table.isEmpty()) return List.of();
        List<CsvTable.Row> rows = checkedRows(table.get(), List.of(GROWTH_HEADER, GROWTH_HEADER.subList(0, 4)),
                problems);
        List<Growth> growth = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows) {
            List<CsvTable.Cell> c = row.cells();
            Optional<String> country = cells.country(c.get(0), "country", true);
            Optional<String> product = cells.product(c.get(1), "product", true);
            OptionalDouble demand = growthRate(cells, c.get(2), "demand_growth_pct");
            OptionalDouble supply = growthRate(cells, c.get(3), "supply_growth_pct");
            Optional<String> source = c.size() > 4 ? cells.source(c.get(4)) : Optional.of("");
            boolean bad = (demand.isEmpty() && !c.get(2).text().isBlank())
                    || (supply.isEmpty() && !c.get(3).text().isBlank());
            if (bad || country.isEmpty() || product.isEmpty() || source.isEmpty()) continue;
            Integer first = seen.putIfAbsent(List.of(country.get(), product.get()), row.line());
            if (first != null) {
                cells.report(row, "duplicate growth row (" + country.get() + ", " + product.get() + ") (first at line "
                        + first + ")");
                continue;
            }
            growth.add(new Growth(country.get(), product.get(), demand, supply, source.get()));
        }
        return growth;
    }

    private static OptionalDouble growthRate(CellReader cells, CsvTable.Cell cell, String column) {
        OptionalDouble v = cells.optionalNumber(cell, column);
        if (v.isPresent() && !(v.getAsDouble() >= MIN_GROWTH_PCT && v.getAsDouble() <= MAX_GROWTH_PCT)) {
            cells.report(cell, column + " out of range (found '" + tradesim.input.Spelling.shown(
                    cell.text().strip()) + "', expected a percent per year from -50 to 100)");
            return OptionalDouble.empty();
        }
        return v;
    }
}
