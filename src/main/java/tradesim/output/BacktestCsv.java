package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;
import tradesim.results.Backtest;

/**
 * {@code backtest.csv}: one row per observed flow and year, from the dataset's base year to the last
 * observed year. Observed cells are empty where the file has no value; year-on-year cells where the
 * year before has none. {@code flow_mae_pp} is the flow's mean absolute error of year-on-year changes
 * over the years of the row's sample. The indexes are each value over the flow's value in the
 * dataset's base year, times 100; observed_index is empty when the file has no base-year value.
 */
public final class BacktestCsv {

    public static final TableSchema TABLE = TableSchema.named("backtest")
            .text("scenario", "path", "importer", "exporter", "product")
            .integer("year")
            .text("sample")
            .numbers("model_value_usd_m", "observed_value_usd_m", "model_yoy_pct", "observed_yoy_pct", "yoy_error_pp",
                    "model_index", "observed_index", "flow_mae_pp")
            .build();
    public static final List<String> HEADER = TABLE.header();

    private BacktestCsv() {
    }

    public static void write(Backtest b, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (Backtest.Row r : b.rows()) {
            t.row(b.run().scenario().name(), b.run().pathLabel(), r.flow().importer(), r.flow().exporter(),
                    r.flow().product(), Integer.toString(r.year()), r.inSample() ? "in_sample" : "out_of_sample",
                    r.modelValueUsdM(), cell(r.observedValueUsdM()), cell(r.modelYoyPct()), cell(r.observedYoyPct()),
                    cell(r.yoyErrorPp()), r.modelIndex(), cell(r.observedIndex()), cell(r.flowMaePp()));
        }
    }

    private static Object cell(OptionalDouble v) {
        return v.isPresent() ? (Object) v.getAsDouble() : "";
    }
}
