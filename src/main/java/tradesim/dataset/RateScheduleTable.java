package tradesim.dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import tradesim.input.CsvTable;
import tradesim.input.DateCells;
import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;
import tradesim.model.FlowKey;
import tradesim.model.RateRange;
import tradesim.model.ScheduledRate;

/**
 * Reads the optional {@code schedules.csv}: rates already set in law in the base year, such as an
 * FTA's staged cuts. Each row names one listed flow (no wildcards: staging is bilateral) and the
 * rate from its date on.
 */
final class RateScheduleTable {

    static final String FILE = "schedules.csv";
    static final List<String> HEADER = List.of("importer", "exporter", "product", "date", "rate_pct", "source");

    private RateScheduleTable() {
    }

    static List<ScheduledRate> read(Path folder, ProblemCollector problems, List<String> countries,
                                    List<String> products, Set<FlowKey> listed) {
        CellReader cells = new CellReader(DatasetLoader.name(folder, FILE), problems, countries, products);
        List<ScheduledRate> out = new ArrayList<>();
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : DatasetLoader.rows(folder, FILE, HEADER, problems)) {
            List<CsvTable.Cell> c = row.cells();
            Optional<String> importer = cells.country(c.get(0), "importer", false);
            Optional<String> exporter = cells.country(c.get(1), "exporter", false);
            Optional<String> product = cells.product(c.get(2), "product", false);
            Optional<LocalDate> date = DateCells.parse(c.get(3).text());
            if (date.isEmpty()) {
                cells.report(c.get(3), "date is not a valid date (found '" + Spelling.shown(c.get(3).text().strip())
                        + "', expected YYYY-MM-DD or YYYY-MM)");
            }
            OptionalDouble rate = cells.number(c.get(4), "rate_pct");
            if (rate.isPresent()) {
                Optional<String> problem = RateRange.problem("rate_pct", rate.getAsDouble(),
                        "'" + Spelling.shown(c.get(4).text().strip()) + "'");
                if (problem.isPresent()) {
                    cells.report(c.get(4), problem.get());
                    rate = OptionalDouble.empty();
                }
            }
            Optional<String> source = cells.source(c.get(5));
            if (importer.isEmpty() || exporter.isEmpty() || product.isEmpty() || date.isEmpty() || rate.isEmpty()
                    || source.isEmpty()) {
                continue;
            }
            FlowKey flow = new FlowKey(importer.get(), exporter.get(), product.get());
            if (!listed.contains(flow)) {
                // a rate on a flow with no base trade changes nothing a calibrated model can show
                cells.report(row, "schedule for a flow not in flows.csv (found " + flow
                        + ", expected a flow listed in flows.csv)");
                continue;
            }
            Integer first = seen.putIfAbsent(List.of(flow, date.get()), row.line());
            if (first != null) {
                cells.report(row, "duplicate schedule date " + date.get() + " for " + flow + " (first at line "
                        + first + ")");
                continue;
            }
            out.add(new ScheduledRate(flow, date.get(), rate.getAsDouble(), source.get()));
        }
        return out;
    }
}
