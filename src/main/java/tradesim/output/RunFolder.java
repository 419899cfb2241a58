package tradesim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tradesim.results.RunResult;

/** Writes a run's tables into its folder, each file atomically. */
public final class RunFolder {

    private RunFolder() {
    }

    /** The formats every deterministic run writes. */
    public static List<ResultFormat> standardFormats(String toolVersion) {
        return List.of(new FlowsCsv(), new WelfareCsv(), new AnnualCsv(), new PathsCsv(), new RunJson(toolVersion));
    }

    public static void write(Path dir, RunResult result, List<ResultFormat> formats) throws IOException {
        for (ResultFormat f : formats) {
            AtomicFiles.write(dir.resolve(f.fileName()), out -> f.write(result, out));
        }
    }
}
