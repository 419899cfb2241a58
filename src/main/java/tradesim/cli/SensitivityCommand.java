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
import tradesim.chart.ChartWriter;
import tradesim.chart.TornadoChart;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.engine.uncertainty.Sensitivity;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.output.AtomicFiles;
import tradesim.results.RunResult;
import tradesim.output.SensitivityCsv;
import tradesim.results.SensitivityRow;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/** {@code tradesim sensitivity FILE}: each uncertain parameter at its 5th and 95th percentile. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Move each uncertain parameter to its 5th and 95th percentile, one at a time, and write "
                + "sensitivity.csv with the headline flow's % change at each, and a tornado chart.")
public final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(paramLabel = "FILE", description = "A scenario file with an uncertainty block.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: charts/<name>/.")
    Path out;

    @Option(names = "--flow", paramLabel = "IMPORTER:EXPORTER:PRODUCT",
            description = "Headline flow (default: the scenario's first headline, else the largest change).")
    String flow;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year of the result (default: the horizon's last).")
    Integer year;

    @Option(names = "--svg", description = "Also write the tornado chart as SVG.")
    boolean svg;

    @Override
    public Integer call() {
        return Failures.guard("sensitivity", spec.commandLine().getErr(), verbosity.verbose, () -> {
            LoadedScenario ls = ScenarioLoader.load(file, ToolInfo.home());
            Optional<FlowKey> headline = parseFlow(flow);
            int y = year != null ? year : ls.scenario().horizon().end().getYear();
            Path dir = out == null ? Path.of("charts", ls.scenario().name()) : out;
            OutputGuard.check(dir, ls);
            List<SensitivityRow> rows;
            try {
                rows = Sensitivity.of(ls.scenario(), ls.dataset(), headline, y);
            } catch (IllegalArgumentException e) {
                throw new InputException(Problem.ofFile(file.toString(), e.getMessage()));
            }
            if (rows.isEmpty()) {
                throw new InputException(Problem.ofFile(file.toString(),
                        "no uncertain parameters (found no uncertainty.parameters, expected at least one)"));
            }
            AtomicFiles.write(dir.resolve("sensitivity.csv"),
                    w -> SensitivityCsv.write(ls.scenario().name(), rows, w));
            RunResult point = new Simulation(ls.scenario(), ls.dataset())
                    .run(new EventTree(ls.scenario()).mostLikely());
            ChartWriter.write(List.of(TornadoChart.build(point, rows)), dir, svg);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s: %s, %% change from baseline in %d%n", ls.scenario().name(),
                    rows.get(0).headline(), y);
            for (SensitivityRow r : rows) {
                o.printf(Locale.ROOT, "  %-40s %10.3f -> %+8.2f%%   %10.3f -> %+8.2f%%%n", r.parameter(),
                        r.lowValue(), r.resultAtLow(), r.highValue(), r.resultAtHigh());
            }
            o.println("  wrote " + dir.resolve("sensitivity.csv") + " and tornado.png");
            o.flush();
            return ExitCode.OK;
        });
    }

    private Optional<FlowKey> parseFlow(String s) throws InputException {
        if (s == null) return Optional.empty();
        String[] p = s.split(":", -1);
        if (p.length != 3 || p[0].isBlank() || p[1].isBlank() || p[2].isBlank()) {
            throw new InputException(Problem.ofFile("--flow", "bad flow '" + s
                    + "' (expected IMPORTER:EXPORTER:PRODUCT, e.g. JPN:USA:beef)"));
        }
        return Optional.of(new FlowKey(p[0], p[1], p[2]));
    }
}
