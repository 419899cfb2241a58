package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import tradesim.results.RunResult;
import tradesim.results.AnnualFlows;

/**
 * {@code annual.csv}: the columns of flows.csv with {@code period} holding the calendar year
 * ({@code YYYY}); values are sums of period value × months / 12, tariff and price are means.
 */
public final class AnnualCsv implements ResultFormat {

    @Override
    public String fileName() {
        return "annual.csv";
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, FlowsCsv.HEADER);
        for (AnnualFlows.AnnualRow a : AnnualFlows.of(r.flows(), r.scenario().horizon().periodMonths())) {
            t.row(r.scenario().name(), r.pathLabel(), Integer.toString(a.year()), a.flow().importer(),
                    a.flow().exporter(), a.flow().product(), a.tariffPct(), a.wedgePct(), a.worldPrice(), a.baselineValueUsdM(),
                    a.valueUsdM(), a.changePct(), a.creationUsdM(), a.diversionUsdM());
        }
    }
}
