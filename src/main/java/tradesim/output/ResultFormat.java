package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import tradesim.results.RunResult;

/**
 * One output file of a run with a fixed name and format, such as {@code run.json}; the tables are
 * {@link ResultTable}s. Formats know the file layout; results know nothing about formats.
 */
public interface ResultFormat {

    /** The file name inside the run folder, e.g. {@code run.json}. */
    String fileName();

    void write(RunResult result, Writer out) throws IOException;

    /** Whether a run of this result writes the file at all. */
    default boolean writesFor(RunResult result) {
        return true;
    }
}
