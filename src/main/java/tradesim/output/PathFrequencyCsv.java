package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code path_frequency.csv}: how often each path came up in the draws, beside its probability:
 * {@code path,outcomes,probability,draws,frequency}.
 */
public final class PathFrequencyCsv {

    public static final TableSchema TABLE = TableSchema.named("path_frequency")
            .text("path", "outcomes")
            .numbers("probability")
            .count("draws")
            .numbers("frequency")
            .build();
    public static final List<String> HEADER = TABLE.header();

    private PathFrequencyCsv() {
    }

    public static void write(Map<String, Double> probabilities, Map<String, Long> counts, long draws, Writer out)
            throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            t.row(e.getKey(), PathsCsv.outcomesText(e.getKey()), probabilities.getOrDefault(e.getKey(), 0.0),
                    e.getValue(), e.getValue() / (double) draws);
        }
    }
}
