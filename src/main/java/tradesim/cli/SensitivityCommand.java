package tradesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import tradesim.app.ScenarioInputs;
import tradesim.app.SensitivityService;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.results.SensitivityRow;
import tradesim.scenario.LoadedScenario;

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
            LoadedScenario ls = new ScenarioInputs(ToolInfo.home()).load(file);
            Optional<FlowKey> headline = parseFlow(flow);
            Path dir = OutputWriter.folderFor(Optional.ofNullable(out), ls.scenario().name(), false);
            OutputWriter.check(dir, ls);
            SensitivityService.SensitivityOutcome s;
            try (OutputWriter writer = OutputWriter.open(dir, ToolInfo.version())) {
                s = SensitivityService.run(ls, headline, Optional.ofNullable(year));
                writer.writeSensitivity(s, svg);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s: %s, %% change from baseline in %d%n", ls.scenario().name(),
                    s.rows().get(0).headline(), s.year());
            for (SensitivityRow r : s.rows()) {
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
