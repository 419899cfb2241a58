package tradesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.output.AtomicFiles;
import tradesim.scenario.ScenarioTemplate;

/** {@code tradesim new NAME}: writes a commented template scenario that validates. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a commented template scenario NAME.yaml (into scenarios/ when that folder exists).")
public final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Scenario id: lower-case letters, digits, '-' and '_'.")
    String name;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to write into (default: scenarios/ if present, else .).")
    Path dir;

    @Override
    public Integer call() {
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
            spec.commandLine().getErr().println("tradesim new: bad name '" + name
                    + "' (expected lower-case letters, digits, '-' and '_', starting with a letter or digit)");
            return ExitCode.BAD_INPUT;
        }
        Path folder = dir != null ? dir : Files.isDirectory(Path.of("scenarios")) ? Path.of("scenarios") : Path.of(".");
        Path target = folder.resolve(name + ".yaml");
        if (Files.exists(target)) {
            spec.commandLine().getErr().println("tradesim new: " + target + " already exists (found a file, expected "
                    + "a new name; nothing was written)");
            return ExitCode.BAD_INPUT;
        }
        try {
            AtomicFiles.write(target, w -> w.write(ScenarioTemplate.text(name)));
        } catch (IOException e) {
            spec.commandLine().getErr().println("tradesim new: cannot write " + target + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        spec.commandLine().getOut().println("wrote " + target + " (check it with: tradesim validate " + target + ")");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
