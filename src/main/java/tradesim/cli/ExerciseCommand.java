package tradesim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
import tradesim.app.Exercises;
import tradesim.app.OutputWriter;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.report.HandoutPage;

/** {@code tradesim exercise [NAME]}: lists the classroom exercises, or writes one as a printable handout. */
@Command(name = "exercise", mixinStandardHelpOptions = true,
        description = "Without NAME: list the classroom exercises. With NAME (or its number): write the student "
                + "handout as HTML ready to print, with the commands a student types, to charts/exercises/NAME.html. "
                + "Answer keys are never included.")
public final class ExerciseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "An exercise, e.g. 05 or 05-negotiation-tree-expected-beef.")
    String name;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: charts/exercises/.")
    Path out;

    @Option(names = "--from", paramLabel = "DIR",
            description = "The exercises folder. Default: scenarios/exercises/ here, else the tool's own.")
    Path from;

    @Override
    public Integer call() {
        return Failures.guard("exercise", spec.commandLine().getErr(), verbosity.verbose, () -> {
            Path folder = folder();
            PrintWriter o = spec.commandLine().getOut();
            if (name == null) {
                for (Exercises.Exercise e : Exercises.list(folder)) {
                    o.printf(Locale.ROOT, "  %-40s %s%n", e.name(), e.title());
                }
                o.println("Write one as a printable handout: tradesim exercise NAME (or its number)");
                o.flush();
                return ExitCode.OK;
            }
            Exercises.Exercise e = Exercises.find(folder, name);
            HandoutPage.Page page = Exercises.page(e);
            Path dir = out == null ? Exercises.defaultFolder() : out;
            if (dir.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
                throw new InputException(Problem.ofFile(dir.toString(), "refusing to write a handout into the "
                        + "exercises folder (found " + folder + ", expected a folder for outputs such as "
                        + "charts/exercises/)"));
            }
            Path written;
            try (OutputWriter writer = OutputWriter.open(dir, ToolInfo.version())) {
                written = writer.writeHandout(e.name(), page.html());
            }
            int n = page.commands().size();
            o.println("wrote " + written + " (" + n + (n == 1 ? " command" : " commands") + "; print it from a browser)");
            o.flush();
            return ExitCode.OK;
        });
    }

    private Path folder() throws InputException {
        if (from != null) {
            if (!Files.isDirectory(from)) {
                throw new InputException(Problem.ofFile(from.toString(), "no such folder (expected a folder of "
                        + "exercise handouts NN-name.md)"));
            }
            return from;
        }
        Optional<Path> scenarios = ScenarioFiles.folder().map(s -> s.resolve("exercises")).filter(Files::isDirectory);
        return scenarios.orElseThrow(() -> new InputException(Problem.ofFile("scenarios/exercises",
                "no exercises folder here or in the tool's home (expected scenarios/exercises/)")));
    }
}
