package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tradesim.results.RunResult;
import tradesim.results.AnnualFlows;
import tradesim.results.FlowRow;

/**
 * {@code annual.csv}: the columns of flows.csv with {@code period} holding the calendar year
 * ({@code YYYY}); values are sums of period value × months / 12, tariff and price are means.
 */
public final class AnnualCsv implements ResultTable {

    /** The columns of flows, with {@code period} holding the year (text, as in flows). */
    public static final TableSchema TABLE = FlowsCsv.TABLE.renamed("annual");
    /** {@code paths}' expected flows by year. */
    public static final TableSchema EXPECTED = FlowsCsv.TABLE.renamed("expected_annual");

    @Override
    public TableSchema table() {
        return TABLE;
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        writeRows(r.scenario().name(), r.pathLabel(), r.flows(), r.scenario().horizon().periodMonths(), out);
    }

    /**
     * The annual table of any period rows, such as the probability-weighted ones of
     * {@code expected_annual.csv} (path {@code expected}).
     */
    public static void writeRows(String scenario, String path, List<FlowRow> rows, int periodMonths, Writer out)
            throws IOException {
        writeAnnual(scenario, path, AnnualFlows.of(rows, periodMonths), out);
    }

    /** The table of rows already summed by year ({@link AnnualFlows#of}), for a caller that needs them too. */
    public static void writeAnnual(String scenario, String path, List<AnnualFlows.AnnualRow> annual, Writer out)
            throws IOException {
        CsvWriter t = new CsvWriter(out, FlowsCsv.HEADER);
        for (AnnualFlows.AnnualRow a : annual) {
            t.textsThenNumbers(new String[] {scenario, path, Integer.toString(a.year()), a.flow().importer(), a.flow().exporter(),
                    a.flow().product()}, a.tariffPct(), a.wedgePct(), a.worldPrice(), a.baselineValueUsdM(), a.valueUsdM(),
                    a.changePct(), a.creationUsdM(), a.diversionUsdM());
        }
    }
}
