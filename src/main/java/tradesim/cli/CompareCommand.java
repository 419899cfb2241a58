package tradesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.report.Comparison;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/** {@code tradesim compare FILE... --out DIR}: one headline flow across scenarios, and a % change table. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run several scenarios (each on its most likely path) and write compare.csv, compare.html and "
                + "a chart of one headline flow across them.")
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--years", paramLabel = "YYYY", split = ",",
            description = "Years for the table, e.g. 2021,2030 (default: the last full year).")
    List<Integer> years;

    @Override
    public Integer call() {
        return Failures.guard("compare", spec.commandLine().getErr(), verbosity.verbose, () -> {
            List<RunResult> runs = new ArrayList<>();
            for (Path f : files) {
                LoadedScenario ls = ScenarioLoader.load(f, ToolInfo.home());
                OutputGuard.check(out, ls);
                runs.add(new Simulation(ls.scenario(), ls.dataset()).run(new EventTree(ls.scenario()).mostLikely()));
            }
            Comparison.write(runs, out, years == null ? List.of() : years);
            spec.commandLine().getOut().println("wrote " + out.resolve("compare.csv") + ", compare.html, compare.png");
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        });
    }
}
