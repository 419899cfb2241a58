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
import tradesim.app.BacktestService;
import tradesim.app.OutputWriter;
import tradesim.app.ScenarioInputs;
import tradesim.model.ObservedValue;
import tradesim.output.BacktestCsv;
import tradesim.results.Backtest;
import tradesim.scenario.LoadedScenario;

/** {@code tradesim backtest FILE --observed CSV}: the point run against observed trade, with a score. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Run a scenario (most likely path, point parameters) and set its annual values against "
                + "observed trade: writes the backtest table (CSV, or Parquet with --format parquet) and backtest.png "
                + "to charts/<name>-backtest/ and prints the "
                + "mean absolute error of year-on-year changes, in-sample and out-of-sample. Nothing is fitted.")
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    TableFormatOption tables;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file.")
    Path file;

    @Option(names = "--observed", paramLabel = "CSV", required = true,
            description = "Observed values: importer,exporter,product,year,value_usd_m,source "
                    + "(e.g. scenarios/data/us-japan-2017/observed.csv).")
    Path observed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: charts/<name>-backtest/.")
    Path out;

    @Option(names = "--calibration-end", paramLabel = "YYYY", defaultValue = "" + Backtest.DEFAULT_CALIBRATION_END,
            description = "Last in-sample year; later years are out-of-sample. Default: ${DEFAULT-VALUE}.")
    int calibrationEnd;

    @Option(names = "--svg", description = "Also write the chart as SVG.")
    boolean svg;

    @Override
    public Integer call() {
        return Failures.guard("backtest", spec.commandLine().getErr(), verbosity.verbose, () -> {
            LoadedScenario ls = new ScenarioInputs(ToolInfo.home()).load(file);
            List<ObservedValue> values = BacktestService.observed(ls, observed, calibrationEnd);
            Path dir = out != null ? out : OutputWriter.defaultBacktestFolder(ls.scenario().name());
            OutputWriter.check(dir, ls, observed);
            Backtest b;
            try (OutputWriter writer = OutputWriter.open(dir, ToolInfo.version(), tables.format)) {
                b = BacktestService.backtest(ls, values, calibrationEnd);
                writer.writeBacktest(b, svg);
            }
            print(b, dir, spec.commandLine().getOut());
            return ExitCode.OK;
        });
    }

    private void print(Backtest b, Path dir, PrintWriter o) {
        o.println("backtest " + b.run().scenario().name() + " against " + observed + " (path " + b.run().pathLabel()
                + ")");
        o.println("  mean absolute error of year-on-year changes, percentage points:");
        o.println("    in-sample (to " + b.calibrationEnd() + "):      " + score(b.inSample()));
        o.println("    out-of-sample (" + (b.calibrationEnd() + 1) + " on): " + score(b.outOfSample()));
        o.println("  nothing is fitted: the model has no estimated parameters; the split shows which years a "
                + "future calibration may use");
        o.println("  wrote " + dir.resolve(tables.format.fileName(BacktestCsv.TABLE)) + " and backtest.png");
        o.flush();
    }

    private static String score(Backtest.Score s) {
        if (s.maePp().isEmpty()) return "none (no year with observed values for it and the year before)";
        return String.format(Locale.ROOT, "%.1f pp over %d flow-years", s.maePp().getAsDouble(), s.count());
    }
}
