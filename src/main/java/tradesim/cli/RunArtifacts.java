package tradesim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tradesim.chart.ChartSet;
import tradesim.chart.ChartWriter;
import tradesim.report.ReportWriter;
import tradesim.results.DrawResults;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;

/** The pictures of a run: its charts (PNG, and SVG on request) and the report page that shows them. */
final class RunArtifacts {

    private RunArtifacts() {
    }

    static Path write(RunResult result, Path dir, boolean svg, Optional<DrawResults> draws,
                      Optional<List<SensitivityRow>> sensitivity) throws IOException {
        List<Path> charts = ChartWriter.write(ChartSet.forRun(result, draws, sensitivity), dir, svg);
        return ReportWriter.write(result, charts, dir, draws.map(DrawResults::bands));
    }
}
