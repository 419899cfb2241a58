package tradesim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.app.ScenarioInputs;
import tradesim.explain.ScenarioNarrative;
import tradesim.model.InputException;
import tradesim.scenario.LoadedScenario;

/**
 * {@code tradesim explain [FILE | TOPIC]}: the model in plain words, one topic of it, or a scenario
 * told event by event.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Without FILE: the model in plain words with its equations. With a TOPIC (uncertainty: the "
                + "Monte Carlo bands of --draws): that part in more detail. With FILE: the scenario's events "
                + "in date order, the rates in force after each, and the branches with their probabilities.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    /** Topics with a text of their own, each in {@code /tradesim/explain/<topic>.txt}. */
    static final List<String> TOPICS = List.of("uncertainty");

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A scenario file, or a topic: uncertainty.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (file == null || TOPICS.contains(file.toString())) {
            String text = file == null ? "model" : file.toString();
            try (InputStream in = ExplainCommand.class.getResourceAsStream("/tradesim/explain/" + text + ".txt")) {
                out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            out.flush();
            return ExitCode.OK;
        }
        if (!Files.exists(file) && file.getNameCount() == 1 && !file.toString().contains(".")) {
            // A bare word that is neither a topic nor a file: say what explain takes.
            spec.commandLine().getErr().println("tradesim explain: '" + file + "' is not a topic or a file (expected a "
                    + "scenario file or a topic: " + String.join(", ", TOPICS) + ")");
            return ExitCode.BAD_INPUT;
        }
        try {
            LoadedScenario ls = new ScenarioInputs(ToolInfo.home()).load(file);
            new ScenarioNarrative(ls.scenario(), ls.dataset()).lines().forEach(out::println);
            out.flush();
            return ExitCode.OK;
        } catch (InputException e) {
            return ProblemPrinter.report(e, spec.commandLine().getErr(), verbosity.verbose);
        }
    }
}
