package tradesim.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradesim.input.CsvTable;
import tradesim.input.ProblemCollector;
import tradesim.output.AnnualCsv;
import tradesim.output.CsvWriter;
import tradesim.output.FlowsCsv;
import tradesim.output.ResultTable;
import tradesim.output.WelfareCsv;
import tradesim.results.AnnualWelfare;
import tradesim.results.RunResult;

/**
 * A run's tables as the API sends them, written by the CSV writers of {@code tradesim run}, so the
 * numbers are the very ones in its files.
 *
 * <ul>
 *   <li>{@code annual}: the rows of annual.csv, numbers as written there (six decimals).</li>
 *   <li>{@code welfare}: welfare.csv's rows summed by calendar year with the rule annual.csv uses
 *       ({@link AnnualWelfare}), in welfare.csv's columns with {@code period} holding the year,
 *       numbers written the same way.</li>
 * </ul>
 */
final class ResultTables {

    private final RunResult result;
    private final String annualCsv;
    private final String welfareAnnualCsv;

    private ResultTables(RunResult result, String annualCsv, String welfareAnnualCsv) {
        this.result = result;
        this.annualCsv = annualCsv;
        this.welfareAnnualCsv = welfareAnnualCsv;
    }

    static ResultTables of(RunResult r) {
        return new ResultTables(r, csv(new AnnualCsv(), r), welfareAnnual(r));
    }

    RunResult result() {
        return result;
    }

    private static String csv(ResultTable format, RunResult r) {
        StringWriter w = new StringWriter();
        try {
            format.write(r, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static String welfareAnnual(RunResult r) {
        StringWriter w = new StringWriter();
        try {
            CsvWriter t = new CsvWriter(w, WelfareCsv.HEADER);
            for (AnnualWelfare.AnnualRow a : AnnualWelfare.of(r.welfare(), r.scenario().horizon().periodMonths())) {
                t.row(r.scenario().name(), r.pathLabel(), Integer.toString(a.year()), a.country(), a.product(),
                        a.consumerSurplusUsdM(), a.producerSurplusUsdM(), a.tariffRevenueUsdM(), a.quotaRentUsdM(),
                        a.netUsdM());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The answer to {@code POST /api/run}: {@code {scenario, path, annual, welfare}}. */
    byte[] runJson(JsonFactory factory) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (JsonGenerator g = factory.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("scenario", result.scenario().name());
            g.writeStringField("path", result.pathLabel());
            g.writeFieldName("annual");
            rows(annualCsv, g);
            g.writeFieldName("welfare");
            rows(welfareAnnualCsv, g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * CSV rows as JSON objects: text columns as strings, every other cell as a number with the very
     * digits the CSV has (a valid JSON number: Numbers writes plain decimals, never NaN or exponents).
     */
    private static void rows(String csv, JsonGenerator g) throws IOException {
        CsvTable table = CsvTable.parse(csv, "a table", new ProblemCollector())
                .orElseThrow(() -> new IllegalStateException("our own CSV writer wrote CSV that does not read back"));
        List<String> header = table.header().cells().stream().map(CsvTable.Cell::text).toList();
        boolean[] text = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) text[c] = TEXT_COLUMNS.contains(header.get(c));
        g.writeStartArray();
        for (CsvTable.Row row : table.rows()) {
            g.writeStartObject();
            for (int c = 0; c < header.size(); c++) {
                g.writeFieldName(header.get(c));
                String cell = row.cells().get(c).text();
                if (text[c]) g.writeString(cell);
                else g.writeNumber(cell);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Columns that name a row rather than measure it. */
    private static final Set<String> TEXT_COLUMNS = Set.of("scenario", "path", "period", "importer", "exporter",
            "product", "country");

    /** The downloadable tables: file name → CSV text, from the writers {@code tradesim run} uses. */
    Map<String, String> downloads() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("annual.csv", annualCsv);
        out.put("welfare_annual.csv", welfareAnnualCsv);
        out.put("welfare.csv", csv(new WelfareCsv(), result));
        out.put("flows.csv", csv(new FlowsCsv(), result));
        return out;
    }
}
