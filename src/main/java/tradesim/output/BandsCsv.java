package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tradesim.results.BandRow;

/**
 * {@code bands.csv} (and {@code bands_annual.csv}, whose period is the year {@code YYYY}):
 * {@code scenario,period,importer,exporter,product,measure,mean,p05,p25,p50,p75,p95}.
 */
public final class BandsCsv {

    public static final TableSchema TABLE = TableSchema.named("bands")
            .text("scenario", "period", "importer", "exporter", "product", "measure")
            .numbers("mean", "p05", "p25", "p50", "p75", "p95")
            .build();
    public static final List<String> HEADER = TABLE.header();
    /** The same columns by calendar year. */
    public static final TableSchema ANNUAL = TABLE.renamed("bands_annual");

    private BandsCsv() {
    }

    public static void write(String scenario, List<BandRow> rows, boolean annual, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (BandRow b : rows) {
            String period = annual ? Integer.toString(b.period().getYear()) : b.period().toString();
            t.row(scenario, period, b.flow().importer(), b.flow().exporter(), b.flow().product(), b.measure(),
                    b.mean(), b.p05(), b.p25(), b.p50(), b.p75(), b.p95());
        }
    }
}
