package tradesim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tradesim.results.RunResult;

/** Writes a run's tables into its folder, each file atomically. */
public final class RunFolder {

    private RunFolder() {
    }

    /**
     * The tables a deterministic run writes: flows, welfare and annual, the path, and constraints and
     * safeguards when the scenario has those instruments.
     */
    public static List<ResultTable> standardTables() {
        return List.of(new FlowsCsv(), new WelfareCsv(), new AnnualCsv(), new ConstraintsCsv(), new SafeguardsCsv(),
                new PathsCsv());
    }

    /** Writes each table that applies to the result, in the format of {@code files}. */
    public static void write(Path dir, RunResult result, List<ResultTable> tables, TableFiles files)
            throws IOException {
        for (ResultTable t : tables) {
            if (!t.writesFor(result)) continue;
            files.write(dir, t.table(), out -> t.write(result, out));
        }
    }

    /** Writes a file of fixed name and format, such as run.json. */
    public static void write(Path dir, RunResult result, ResultFormat file) throws IOException {
        AtomicFiles.write(dir.resolve(file.fileName()), out -> file.write(result, out));
    }
}
