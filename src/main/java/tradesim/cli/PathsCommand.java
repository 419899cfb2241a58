package tradesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.engine.uncertainty.ExpectedOutcome;
import tradesim.output.AtomicFiles;
import tradesim.output.FlowsCsv;
import tradesim.output.PathsCsv;
import tradesim.results.RunResult;
import tradesim.output.WelfareCsv;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/** {@code tradesim paths FILE}: every path of the event tree and the exact expected outcome. */
@Command(name = "paths", mixinStandardHelpOptions = true,
        description = "List every path of the scenario's event tree with its probability, and write paths.csv, "
                + "expected.csv and expected_welfare.csv (probability-weighted, no sampling).")
public final class PathsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(paramLabel = "FILE", description = "A scenario file.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: charts/<name>/.")
    Path out;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        return Failures.guard("paths", spec.commandLine().getErr(), verbosity.verbose, () -> {
            LoadedScenario ls = ScenarioLoader.load(file, ToolInfo.home());
            String name = ls.scenario().name();
            Path dir = out == null ? Path.of("charts", name) : out;
            OutputGuard.check(dir, ls);
            ExpectedOutcome.Expectation e = ExpectedOutcome.of(ls.scenario(), ls.dataset());
            List<PathsCsv.PathLine> lines = new ArrayList<>();
            for (RunResult r : e.paths()) {
                lines.add(new PathsCsv.PathLine(r.pathLabel(), PathsCsv.outcomesText(r.pathLabel()),
                        r.pathProbability()));
            }
            AtomicFiles.write(dir.resolve("paths.csv"), w -> PathsCsv.writeRows(lines, w));
            AtomicFiles.write(dir.resolve("expected.csv"), w -> FlowsCsv.writeRows(name, "expected", e.flows(), w));
            AtomicFiles.write(dir.resolve("expected_welfare.csv"),
                    w -> WelfareCsv.writeRows(name, "expected", e.welfare(), w));
            if (!quiet) print(ls, lines, dir);
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
        o.println("  wrote " + dir.resolve("paths.csv") + ", expected.csv, expected_welfare.csv");
        o.flush();
    }
}
