package tradesim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.app.ScenarioInputs;
import tradesim.model.InputException;
import tradesim.scenario.LoadedScenario;

/** {@code tradesim validate FILE...}: checks scenario files and their datasets, runs nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files and their datasets; print every problem as file:line:col.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Override
    public Integer call() {
        int code = ExitCode.OK;
        ScenarioInputs inputs = new ScenarioInputs(ToolInfo.home());
        for (Path f : files) {
            try {
                LoadedScenario ls = inputs.load(f);
                long paths = ScenarioInputs.pathCount(ls);
                int events = ls.scenario().events().size();
                spec.commandLine().getOut().printf("ok: %s (%d %s, %d %s)%n", f, events,
                        events == 1 ? "event" : "events", paths, paths == 1 ? "path" : "paths");
            } catch (InputException e) {
                code = ProblemPrinter.report(e, spec.commandLine().getErr(), verbosity.verbose);
            }
        }
        spec.commandLine().getOut().flush();
        return code;
    }
}
