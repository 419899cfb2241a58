package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tradesim.results.RunResult;

/** {@code paths.csv}: {@code path,outcomes,probability}, one row per path. */
public final class PathsCsv implements ResultTable {

    /** One row: the path label, its outcomes in words, its probability. */
    public record PathLine(String path, String outcomes, double probability) {
    }

    public static final TableSchema TABLE = TableSchema.named("paths").text("path", "outcomes").numbers("probability")
            .build();
    public static final List<String> HEADER = TABLE.header();

    @Override
    public TableSchema table() {
        return TABLE;
    }

    /** For a single run: the one path that was run. */
    @Override
    public void write(RunResult r, Writer out) throws IOException {
        writeRows(List.of(new PathLine(r.pathLabel(), outcomesText(r.pathLabel()), r.pathProbability())), out);
    }

    public static void writeRows(List<PathLine> lines, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (PathLine l : lines) t.row(l.path(), l.outcomes(), l.probability());
    }

    /** "s232=imposed;deal=yes" becomes "s232: imposed; deal: yes"; "-" becomes "no branches". */
    public static String outcomesText(String label) {
        if (label.equals("-")) return "no branches";
        return label.replace("=", ": ").replace(";", "; ");
    }
}
