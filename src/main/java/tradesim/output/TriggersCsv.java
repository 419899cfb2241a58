package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import tradesim.results.TriggerFrequency;

/**
 * {@code triggers.csv}, written by {@code run --draws} when the scenario has a safeguard: for each
 * safeguard and safeguard year, the share of draws in which it triggered.
 */
public final class TriggersCsv {

    public static final TableSchema TABLE = TableSchema.named("triggers")
            .text("scenario", "safeguard")
            .integer("safeguard_year")
            .numbers("probability")
            .build();
    public static final List<String> HEADER = TABLE.header();

    private TriggersCsv() {
    }

    public static void write(String scenario, List<TriggerFrequency> rows, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (TriggerFrequency r : rows) {
            t.row(scenario, r.safeguard(), Integer.toString(r.safeguardYear()), r.probability());
        }
    }
}
