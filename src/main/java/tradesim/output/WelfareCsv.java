package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tradesim.results.RunResult;
import tradesim.results.WelfareRow;

/** {@code welfare.csv}: one row per period, country and product. */
public final class WelfareCsv implements ResultTable {

    public static final TableSchema TABLE = TableSchema.named("welfare")
            .text("scenario", "path", "period", "country", "product")
            .numbers("consumer_surplus_usd_m", "producer_surplus_usd_m", "tariff_revenue_usd_m", "quota_rent_usd_m",
                    "net_usd_m")
            .build();
    public static final List<String> HEADER = TABLE.header();
    /** {@code paths}' probability-weighted welfare: the columns of welfare, path {@code expected}. */
    public static final TableSchema EXPECTED = TABLE.renamed("expected_welfare");

    @Override
    public TableSchema table() {
        return TABLE;
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        writeRows(r.scenario().name(), r.pathLabel(), r.welfare(), out);
    }

    /** The welfare.csv layout for any rows and path label (also used for expected_welfare.csv). */
    public static void writeRows(String scenario, String path, List<WelfareRow> rows, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (WelfareRow w : rows) {
            t.row(scenario, path, w.period().toString(), w.country(), w.product(), w.consumerSurplusUsdM(),
                    w.producerSurplusUsdM(), w.tariffRevenueUsdM(), w.quotaRentUsdM(), w.netUsdM());
        }
    }
}
