package tradesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.app.OutputWriter;
import tradesim.app.PathsService;
import tradesim.app.ScenarioInputs;
import tradesim.output.AnnualCsv;
import tradesim.output.FlowsCsv;
import tradesim.output.PathsCsv;
import tradesim.output.TableFormat;
import tradesim.output.WelfareCsv;
import tradesim.scenario.LoadedScenario;

/** {@code tradesim paths FILE}: every path of the event tree and the exact expected outcome. */
@Command(name = "paths", mixinStandardHelpOptions = true,
        description = "List every path of the scenario's event tree with its probability, and write the tables "
                + "paths, expected, expected_annual and expected_welfare (probability-weighted, no sampling) as CSV, "
                + "or Parquet with --format parquet.")
public final class PathsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    TableFormatOption tables;

    @Parameters(paramLabel = "FILE", description = "A scenario file.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: charts/<name>/.")
    Path out;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        return Failures.guard("paths", spec.commandLine().getErr(), verbosity.verbose, () -> {
            LoadedScenario ls = new ScenarioInputs(ToolInfo.home()).load(file);
            Path dir = OutputWriter.folderFor(Optional.ofNullable(out), ls.scenario().name(), false);
            OutputWriter.check(dir, ls);
            PathsService.PathsOutcome paths;
            try (OutputWriter writer = OutputWriter.open(dir, ToolInfo.version(), tables.format)) {
                paths = PathsService.expected(ls);
                writer.writePaths(paths);
            }
            if (!quiet) print(ls, paths.paths(), dir);
            return ExitCode.OK;
        });
    }

    private void print(LoadedScenario ls, List<PathsCsv.PathLine> lines, Path dir) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %d %s%n", ls.scenario().name(), lines.size(), lines.size() == 1 ? "path" : "paths");
        o.printf(Locale.ROOT, "  %-4s %-11s %s%n", "#", "probability", "outcomes");
        double total = 0;
        for (int i = 0; i < lines.size(); i++) {
            PathsCsv.PathLine l = lines.get(i);
            total += l.probability();
            o.printf(Locale.ROOT, "  %-4d %-11.6f %s%n", i + 1, l.probability(), l.outcomes());
        }
        o.printf(Locale.ROOT, "  sum of probabilities: %.12f%n", total);
        TableFormat f = tables.format;
        o.println("  wrote " + dir.resolve(f.fileName(PathsCsv.TABLE)) + ", " + f.fileName(FlowsCsv.EXPECTED) + ", "
                + f.fileName(AnnualCsv.EXPECTED) + ", " + f.fileName(WelfareCsv.EXPECTED));
        o.flush();
    }
}
