package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tradesim.results.SensitivityRow;

/**
 * {@code sensitivity.csv}: per uncertain parameter, its 5th and 95th percentile values and the
 * headline flow's % change from baseline at each, and at the point values.
 */
public final class SensitivityCsv {

    public static final TableSchema TABLE = TableSchema.named("sensitivity")
            .text("scenario", "importer", "exporter", "product")
            .integer("year")
            .text("parameter")
            .numbers("low_value", "high_value", "change_pct_at_low", "change_pct_at_high", "change_pct_at_point")
            .build();
    public static final List<String> HEADER = TABLE.header();

    private SensitivityCsv() {
    }

    public static void write(String scenario, List<SensitivityRow> rows, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (SensitivityRow r : rows) {
            t.row(scenario, r.headline().importer(), r.headline().exporter(), r.headline().product(),
                    Integer.toString(r.year()), r.parameter(), r.lowValue(), r.highValue(), r.resultAtLow(),
                    r.resultAtHigh(), r.resultAtPoint());
        }
    }
}
