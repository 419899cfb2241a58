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
     * The formats a deterministic run writes: the flows, welfare and annual tables, the paths, and
     * constraints.csv and safeguards.csv when the scenario has those instruments.
     */
    public static List<ResultFormat> standardFormats(String toolVersion) {
        return List.of(new FlowsCsv(), new WelfareCsv(), new AnnualCsv(), new ConstraintsCsv(), new SafeguardsCsv(),
                new PathsCsv(), new RunJson(toolVersion));
    }

    /** Writes each format that applies to the result. */
    public static void write(Path dir, RunResult result, List<ResultFormat> formats) throws IOException {
        for (ResultFormat f : formats) {
            if (!f.writesFor(result)) continue;
            AtomicFiles.write(dir.resolve(f.fileName()), out -> f.write(result, out));
        }
    }
}
