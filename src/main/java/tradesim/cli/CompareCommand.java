package tradesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.app.CompareService;
import tradesim.app.OutputWriter;
import tradesim.app.ScenarioInputs;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.report.Comparison;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;

/** {@code tradesim compare FILE...}: one flow across scenarios or branches, and a % change table. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run several scenarios, or one scenario along several paths, and write the compare table "
                + "(CSV, or Parquet with --format parquet), compare.html and a chart of one flow across them "
                + "(default folder: charts/compare/).")
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    TableFormatOption tables;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: charts/compare/.")
    Path out;

    @Option(names = {"--years", "--year"}, paramLabel = "YYYY", split = ",",
            description = "Years for the table, e.g. 2021,2030 (default: the last full year).")
    List<Integer> years;

    @Option(names = "--flow", paramLabel = "IMPORTER:EXPORTER:PRODUCT",
            description = "The flow to chart and to list first, e.g. USA:MEX:passenger_vehicles "
                    + "(default: the first scenario's lead headline flow).")
    String flow;

    @Option(names = "--path", paramLabel = "ID=OUT,...",
            description = "A path to compare, e.g. s232=imposed; give --path several times to put branches of one "
                    + "tree side by side (each FILE runs along each path). Default: the most likely path.")
    List<String> paths;

    @Override
    public Integer call() {
        return Failures.guard("compare", spec.commandLine().getErr(), verbosity.verbose, () -> {
            Path dir = out == null ? OutputWriter.defaultCompareFolder() : out;
            Optional<FlowKey> chosen = FlowOption.parse(flow);
            List<Map<String, String>> choices = new ArrayList<>();
            for (String p : paths == null ? List.<String>of() : paths) choices.add(PathChoices.parse(p));
            List<LoadedScenario> scenarios = new ArrayList<>();
            ScenarioInputs inputs = new ScenarioInputs(ToolInfo.home());
            for (Path f : files) {
                LoadedScenario ls = inputs.load(f);
                OutputWriter.check(dir, ls);
                if (chosen.isPresent()) checkFlow(ls, chosen.get());
                for (int y : years == null ? List.<Integer>of() : years) YearOption.check(ls, y);
                scenarios.add(ls);
            }
            List<RunResult> runs;
            try (OutputWriter writer = OutputWriter.open(dir, ToolInfo.version(), tables.format)) {
                runs = CompareService.compare(scenarios, choices);
                writer.writeCompare(runs, years == null ? List.of() : years, chosen);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println("wrote " + dir.resolve(tables.format.fileName(Comparison.TABLE)) + ", compare.html, compare.png"
                    + (runs.size() > Comparison.MAX_LINES ? " and " + runs.size() + " small charts (compare-1.png …)"
                    : ""));
            o.flush();
            return ExitCode.OK;
        });
    }

    private static void checkFlow(LoadedScenario ls, FlowKey k) throws InputException {
        boolean present = ls.dataset().flows().stream().anyMatch(f -> f.key().equals(k));
        if (!present) {
            throw new InputException(Problem.ofFile("--flow", "no flow " + k.importer() + ":" + k.exporter() + ":"
                    + k.product() + " in dataset " + ls.dataset().name() + " of " + ls.scenario().name()
                    + " (found no base-year trade " + k + ", expected a flow of flows.csv, e.g. "
                    + exampleFlow(ls) + ")"));
        }
    }

    private static String exampleFlow(LoadedScenario ls) {
        FlowKey k = ls.scenario().headline().stream().findFirst()
                .orElse(ls.dataset().flows().get(0).key());
        return k.importer() + ":" + k.exporter() + ":" + k.product();
    }
}
