package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import tradesim.results.RunResult;

/** One output file of a run. Formats know the file layout; results know nothing about formats. */
public interface ResultFormat {

    /** The file name inside the run folder, e.g. {@code flows.csv}. */
    String fileName();

    void write(RunResult result, Writer out) throws IOException;

    /** Whether a run of this result writes the file at all (constraints.csv only with constraints). */
    default boolean writesFor(RunResult result) {
        return true;
    }
}
