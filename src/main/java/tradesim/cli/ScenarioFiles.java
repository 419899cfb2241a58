package tradesim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the bundled scenarios: every {@code *.yaml} under {@code scenarios/}, except its data folder. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** The scenarios folder in the current directory, else the tool home's. */
    static Optional<Path> folder() {
        Path here = Path.of("scenarios");
        if (Files.isDirectory(here)) return Optional.of(here);
        return ToolInfo.home().map(h -> h.resolve("scenarios")).filter(Files::isDirectory);
    }

    static List<Path> bundled(Path scenarios) {
        Path data = scenarios.resolve("data");
        try (Stream<Path> s = Files.walk(scenarios)) {
            return s.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(data) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
