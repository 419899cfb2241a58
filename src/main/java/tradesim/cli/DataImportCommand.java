package tradesim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.app.DatasetImport;
import tradesim.dataimport.TradeAggregation;
import tradesim.model.InputException;

/** {@code tradesim data import}: BACI or Comtrade HS6 trade → a dataset folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Build a dataset folder from bilateral HS6 trade data (CEPII BACI or UN Comtrade): flows "
                + "summed to the products and countries of a groups file (every other country becomes ROW), "
                + "import-weighted tariffs, unit values, and default elasticities marked estimate.",
                "Groups file (YAML): countries: [ISO3, ...] and products: {id: {name: ..., hs: [\"72\", ...]}}; "
                + "HS prefixes may not overlap."})
public final class DataImportCommand implements Callable<Integer> {

    /** Bytes per unit of the progress bar. */
    private static final long MB = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The dataset's name.")
    String name;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The dataset folder to write (new, empty, or an earlier import).")
    Path out;

    @Option(names = "--groups", required = true, paramLabel = "GROUPS.yaml",
            description = "Countries kept apart and the HS prefixes of each product.")
    Path groups;

    @Option(names = "--baci", paramLabel = "FILE", description = "A BACI file (t,i,j,k,v,q), .csv or .csv.gz.")
    Path baci;

    @Option(names = "--countries", paramLabel = "FILE", description = "BACI's country file (with --baci).")
    Path countries;

    @Option(names = "--comtrade", arity = "1..*", paramLabel = "FILE",
            description = "UN Comtrade files (CSV or tab-separated, .gz allowed).")
    List<Path> comtrade;

    @Option(names = "--tariffs", paramLabel = "FILE",
            description = "HS tariff rates: importer,exporter,hs,rate_pct,regime,source.")
    Path tariffs;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The year to import. Default: the only year in the data.")
    Integer year;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        DatasetImport.Request request = new DatasetImport.Request(name, out, groups, source(),
                Optional.ofNullable(tariffs), year == null ? OptionalInt.empty() : OptionalInt.of(year));
        long total = DatasetImport.inputBytes(request);
        try {
            DatasetImport.Outcome outcome;
            // The bar ends its line when closed, before the summary is printed.
            try (ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), Math.max(1, total / MB), quiet,
                    "MB")) {
                outcome = DatasetImport.run(request, bytes -> bar.accept(bytes / MB));
            }
            outcome.summary().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (InputException e) {
            return ProblemPrinter.report(e, spec.commandLine().getErr(), verbosity.verbose);
        } catch (IOException e) {
            spec.commandLine().getErr().println("tradesim: cannot write the dataset in " + out + ": " + e.getMessage());
            return ExitCode.RUN_FAILED;
        }
    }

    /** Exactly one input layout, with what it needs. */
    private TradeAggregation.Source source() {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new ParameterException(spec.commandLine(), "--name must be letters, digits, '_', '.' or '-' (found '"
                    + name + "', expected a name such as us-steel-2017)");
        }
        if (year != null && (year < 1988 || year > 2100)) {
            throw new ParameterException(spec.commandLine(), "bad --year (found " + year
                    + ", expected a year from 1988 to 2100)");
        }
        if ((baci == null) == (comtrade == null)) {
            throw new ParameterException(spec.commandLine(), "give either --baci FILE --countries FILE or --comtrade "
                    + "FILE... (found " + (baci == null ? "neither" : "both") + ")");
        }
        if (baci != null && countries == null) {
            throw new ParameterException(spec.commandLine(), "--baci needs --countries FILE, BACI's country file "
                    + "(country_code,country_name,country_iso2,country_iso3)");
        }
        if (comtrade != null && countries != null) {
            throw new ParameterException(spec.commandLine(), "--countries goes with --baci only (found it with "
                    + "--comtrade, whose files carry ISO3 codes)");
        }
        return baci != null ? new TradeAggregation.Baci(baci, countries) : new TradeAggregation.Comtrade(comtrade);
    }
}
