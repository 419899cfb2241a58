package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import tradesim.results.RunResult;
import tradesim.results.FlowRow;

/** {@code flows.csv}: one row per period and flow, in the result's fixed order. */
public final class FlowsCsv implements ResultTable {

    public static final TableSchema TABLE = TableSchema.named("flows")
            .text("scenario", "path", "period", "importer", "exporter", "product")
            .numbers("tariff_pct", "wedge_pct", "world_price", "baseline_value_usd_m", "value_usd_m", "change_pct",
                    "creation_usd_m", "diversion_usd_m")
            .build();
    public static final List<String> HEADER = TABLE.header();
    /** {@code paths}' probability-weighted flows by period: the columns of flows, path {@code expected}. */
    public static final TableSchema EXPECTED = TABLE.renamed("expected");

    @Override
    public TableSchema table() {
        return TABLE;
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        writeRows(r.scenario().name(), r.pathLabel(), r.flows(), out);
    }

    /** The flows.csv layout for any rows and path label (also used for expected.csv). */
    public static void writeRows(String scenario, String path, List<FlowRow> rows, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        YearMonth period = null;
        String periodText = null;
        for (FlowRow f : rows) {
            if (!f.period().equals(period)) {
                period = f.period();
                periodText = period.toString();
            }
            t.textsThenNumbers(new String[] {scenario, path, periodText, f.flow().importer(), f.flow().exporter(),
                    f.flow().product()}, f.tariffPct(), f.wedgePct(), f.worldPrice(), f.baselineValueUsdM(), f.valueUsdM(),
                    f.changePct(), f.creationUsdM(), f.diversionUsdM());
        }
    }
}
