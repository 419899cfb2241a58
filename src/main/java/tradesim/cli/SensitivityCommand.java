package tradesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.app.OutputWriter;
import tradesim.app.ScenarioInputs;
import tradesim.app.SensitivityService;
import tradesim.model.FlowKey;
import tradesim.output.SensitivityCsv;
import tradesim.results.SensitivityRow;
import tradesim.scenario.LoadedScenario;

/** {@code tradesim sensitivity FILE}: each uncertain parameter at its 5th and 95th percentile. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Move each uncertain parameter to its 5th and 95th percentile, one at a time, and write "
                + "the sensitivity table (CSV, or Parquet with --format parquet) with the headline flow's %% change at "
                + "each, and a tornado chart.")
public final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    TableFormatOption tables;

    @Parameters(paramLabel = "FILE", description = "A scenario file with an uncertainty block.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: charts/<name>/.")
    Path out;

    @Option(names = "--flow", paramLabel = "IMPORTER:EXPORTER:PRODUCT",
            description = "Headline flow (default: the scenario's first headline, else the largest change).")
    String flow;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year of the result (default: the horizon's last).")
    Integer year;

    @Option(names = "--path", paramLabel = "ID=OUT,...",
            description = "Outcomes to take, e.g. s232=imposed. Others: the most likely outcome.")
    String pathSpec;

    @Option(names = "--svg", description = "Also write the tornado chart as SVG.")
    boolean svg;

    @Override
    public Integer call() {
        return Failures.guard("sensitivity", spec.commandLine().getErr(), verbosity.verbose, () -> {
            LoadedScenario ls = new ScenarioInputs(ToolInfo.home()).load(file);
            Optional<FlowKey> headline = FlowOption.parse(flow);
            Map<String, String> choices = PathChoices.parse(pathSpec);
            Path dir = OutputWriter.folderFor(Optional.ofNullable(out), ls.scenario().name(), false);
            OutputWriter.check(dir, ls);
            SensitivityService.SensitivityOutcome s;
            try (OutputWriter writer = OutputWriter.open(dir, ToolInfo.version(), tables.format)) {
                s = SensitivityService.run(ls, headline, Optional.ofNullable(year), choices);
                writer.writeSensitivity(s, svg);
            }
            print(s, dir);
            return ExitCode.OK;
        });
    }

    private void print(SensitivityService.SensitivityOutcome s, Path dir) {
        PrintWriter o = spec.commandLine().getOut();
        SensitivityRow first = s.rows().get(0);
        o.printf(Locale.ROOT, "%s (path %s): %s, %% change from baseline in %d (point value %+.2f%%)%n",
                s.scenario().scenario().name(), s.point().pathLabel(), first.headline(), s.year(),
                first.resultAtPoint());
        o.printf(Locale.ROOT, "  %-40s %10s %10s %10s %10s %8s%n", "parameter (largest effect first)", "low (p5)",
                "result", "high (p95)", "result", "swing");
        for (SensitivityRow r : s.moving()) {
            o.printf(Locale.ROOT, "  %-40s %10.3f %+9.2f%% %10.3f %+9.2f%% %7.2f%n", r.parameter(), r.lowValue(),
                    r.resultAtLow(), r.highValue(), r.resultAtHigh(), r.swing());
        }
        if (s.still() > 0) {
            o.printf(Locale.ROOT, "  %d %s of %d move the result by less than %.3f points (left out; all are in "
                    + "%s)%n", s.still(), s.still() == 1 ? "parameter" : "parameters", s.rows().size(),
                    SensitivityService.NO_EFFECT_PCT, tables.format.fileName(SensitivityCsv.TABLE));
        }
        o.println("  wrote " + dir.resolve(tables.format.fileName(SensitivityCsv.TABLE)) + " and tornado.png");
        o.flush();
    }
}
