package tradesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.dataset.DatasetLoader;
import tradesim.dataset.DatasetLocator;
import tradesim.dataset.DatasetSummary;
import tradesim.model.InputException;
import tradesim.model.Problem;

/** {@code tradesim data [DATASET]}: what a dataset holds and how much of it is sourced. */
@Command(name = "data", mixinStandardHelpOptions = true, subcommands = DataImportCommand.class,
        description = "Describe a dataset: countries, products, base-year totals, sourced and estimated cells.")
public final class DataCommand implements Callable<Integer> {

    static final String DEFAULT_DATASET = "us-japan-2017";

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "0..1", paramLabel = "DATASET",
            description = "A dataset name (looked up under scenarios/data/) or a folder. Default: "
                    + DEFAULT_DATASET + ".")
    String dataset;

    @Override
    public Integer call() {
        String ref = dataset == null ? DEFAULT_DATASET : dataset;
        try {
            Path folder = locate(ref);
            DatasetSummary summary = DatasetSummary.of(DatasetLoader.load(folder));
            summary.lines().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (InputException e) {
            return ProblemPrinter.report(e, spec.commandLine().getErr(), verbosity.verbose);
        }
    }

    private Path locate(String ref) throws InputException {
        Path asGiven = Path.of(ref);
        if (Files.isDirectory(asGiven)) return asGiven;
        Optional<Path> found = DatasetLocator.findByName(ref, Path.of(""), ToolInfo.home());
        if (found.isPresent()) return found.get();
        throw new InputException(Problem.ofFile(ref, "dataset not found (found no folder '" + ref
                + "' nor scenarios/data/" + ref + ", expected a dataset name or folder)"));
    }
}
