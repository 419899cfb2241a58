package tradesim.dataimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tradesim.input.CsvTable;
import tradesim.input.ProblemCollector;

/** The small CSV inputs of an import (country file, tariff file), read whole with a fixed header. */
final class SmallTable {

    private SmallTable() {
    }

    /**
     * The rows of {@code path} that have as many cells as {@code header}; empty when the file cannot be
     * read or its header differs. Each problem is added to {@code problems}.
     */
    static Optional<List<CsvTable.Row>> rows(Path path, String display, List<String> header,
                                             ProblemCollector problems) {
        Optional<CsvTable> table = CsvTable.read(path, display, problems);
        if (table.isEmpty()) return Optional.empty();
        List<String> found = table.get().header().cells().stream().map(c -> c.text().strip()).toList();
        if (!found.equals(header)) {
            problems.add(display, table.get().header().line(), 1, "wrong header (found '" + String.join(",", found)
                    + "', expected '" + String.join(",", header) + "')");
            return Optional.empty();
        }
        List<CsvTable.Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.get().rows()) {
            if (row.cells().size() != header.size()) {
                problems.add(display, row.line(), 1, "wrong number of cells (found " + row.cells().size()
                        + ", expected " + header.size() + ": " + String.join(",", header) + ")");
            } else {
                rows.add(row);
            }
        }
        return Optional.of(rows);
    }
}
