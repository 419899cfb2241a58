package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import tradesim.results.RunResult;

/**
 * One table of a run. It writes its rows as CSV text; {@link TableFiles} stores them in the chosen
 * format under the table's name. Results know nothing about formats.
 */
public interface ResultTable {

    /** The table's name and columns; the CSV header is its column names. */
    TableSchema table();

    /** Writes the table as CSV text, header first. */
    void write(RunResult result, Writer out) throws IOException;

    /** Whether a run of this result writes the table at all (constraints only with constraints). */
    default boolean writesFor(RunResult result) {
        return true;
    }
}
