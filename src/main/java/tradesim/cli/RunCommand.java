package tradesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.uncertainty.UnusableDistributionException;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.results.DrawResults;
import tradesim.output.RunFolder;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/** {@code tradesim run FILE...}: runs scenarios along one path and writes their tables. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenarios (default: every scenario under scenarios/) and write flows.csv, welfare.csv, "
                + "annual.csv, paths.csv, run.json, charts and report.html to charts/<name>/.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Scenario files. None: all bundled scenarios.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder: the run's folder with one FILE, else DIR/<name>/. Default: charts/<name>/.")
    Path out;

    @Option(names = "--path", paramLabel = "ID=OUT,...",
            description = "Outcomes to take, e.g. s232=imposed,deal=yes. Others: the most likely outcome.")
    String pathSpec;

    @Option(names = "--draws", paramLabel = "N",
            description = "Monte Carlo draws over paths and uncertain parameters; writes bands.csv.")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for --draws (default: the scenario's uncertainty.seed).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Threads for --draws (results are identical for any count). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--svg", description = "Also write every chart as SVG.")
    boolean svg;

    @Option(names = "--quiet", description = "Print nothing but errors; no progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> targets = files;
        if (targets == null || targets.isEmpty()) {
            Optional<Path> folder = ScenarioFiles.folder();
            if (folder.isEmpty()) {
                err.println("tradesim run: no FILE given and no scenarios/ folder here (expected scenario files)");
                return ExitCode.BAD_INPUT;
            }
            targets = ScenarioFiles.bundled(folder.get());
        }
        if (draws != null && draws < 1) {
            err.println("tradesim run: --draws must be at least 1 (found " + draws + ")");
            return ExitCode.BAD_INPUT;
        }
        if (threads < 1) {
            err.println("tradesim run: --threads must be at least 1 (found " + threads + ")");
            return ExitCode.BAD_INPUT;
        }
        Map<String, String> choices;
        try {
            choices = parsePath(pathSpec);
        } catch (IllegalArgumentException e) {
            err.println("tradesim run: --path: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        int code = ExitCode.OK;
        for (Path f : targets) {
            code = Math.max(code, runOne(f, targets.size() == 1, choices));
        }
        return code;
    }

    private int runOne(Path file, boolean single, Map<String, String> choices) {
        return Failures.guard("run", spec.commandLine().getErr(), verbosity.verbose, () -> {
            LoadedScenario ls = ScenarioLoader.load(file, ToolInfo.home());
            NegotiationPath path;
            try {
                path = new EventTree(ls.scenario()).choose(choices);
            } catch (IllegalArgumentException e) {
                throw new InputException(Problem.ofFile(file.toString(), "--path: " + e.getMessage()));
            }
            String name = ls.scenario().name();
            Path dir = out == null ? Path.of("charts", name) : single ? out : out.resolve(name);
            OutputGuard.check(dir, ls);
            RunResult result = new Simulation(ls.scenario(), ls.dataset()).run(path);
            Optional<DrawResults> drawResults = Optional.empty();
            if (draws == null) {
                RunFolder.write(dir, result, RunFolder.standardFormats(ToolInfo.version()));
            } else {
                try {
                    drawResults = Optional.of(DrawsOutput.write(ls, result, dir, draws, seed, threads, quiet,
                            spec.commandLine().getErr()));
                } catch (UnusableDistributionException e) {
                    // The uncertainty block names a distribution that cannot give valid values.
                    throw new InputException(Problem.ofFile(file.toString(), e.getMessage()));
                }
            }
            RunArtifacts.write(result, dir, svg, drawResults, Optional.empty());
            if (!quiet) {
                PrintWriter o = spec.commandLine().getOut();
                RunSummary.print(result, o);
                o.println("  wrote " + dir + " (tables, charts and report.html)");
                o.flush();
            }
            return ExitCode.OK;
        });
    }

    /** "a=x,b=y" → {a: x, b: y}; empty or null → no choices. */
    static Map<String, String> parsePath(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) return out;
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", -1);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("bad choice '" + part.trim() + "' (expected EVENT=OUTCOME)");
            }
            if (out.put(kv[0].trim(), kv[1].trim()) != null) {
                throw new IllegalArgumentException("event '" + kv[0].trim() + "' chosen twice");
            }
        }
        return out;
    }
}
