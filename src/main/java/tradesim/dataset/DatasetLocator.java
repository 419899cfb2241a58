package tradesim.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.input.Spelling;

/**
 * Finds a dataset folder from a scenario's {@code dataset} key (docs/model.md, The scenario file).
 *
 * <p>A ref with a slash is a path relative to the scenario file. A bare name means
 * {@code data/<name>} beside the scenario file or in the nearest parent folder that has it; after
 * those, {@code <toolHome>/scenarios/data/<name>}, where an installed tool keeps its bundled data.
 * The tool home is passed in (the launcher sets {@code tradesim.home}); nothing here reads globals.
 * Paths keep the form the user gave: relative scenario paths give relative dataset paths.
 */
public final class DatasetLocator {

    private DatasetLocator() {
    }

    /** Every folder tried for {@code datasetRef}, in order; the first that exists wins. */
    public static List<Path> candidates(Path scenarioFile, String datasetRef, Optional<Path> toolHome) {
        if (hasSlash(datasetRef)) {
            Path parent = scenarioFile.getParent();
            return List.of((parent == null ? Path.of(datasetRef) : parent.resolve(datasetRef)).normalize());
        }
        List<Path> out = new ArrayList<>();
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = scenarioFile.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data").resolve(datasetRef);
            out.add(scenarioFile.isAbsolute() ? candidate : cwd.relativize(candidate));
        }
        toolHome.ifPresent(home -> out.add(bundled(home, datasetRef)));
        return List.copyOf(out);
    }

    /** The dataset folder for a scenario, or an error on the scenario file listing every path tried. */
    public static Path resolve(Path scenarioFile, String datasetRef, Optional<Path> toolHome) throws InputException {
        Optional<Path> found = find(scenarioFile, datasetRef, toolHome);
        if (found.isPresent()) return found.get();
        throw new InputException(Problem.ofFile(scenarioFile.toString(),
                notFoundMessage(datasetRef, candidates(scenarioFile, datasetRef, toolHome))));
    }

    /** The dataset folder for a scenario, if any candidate exists. */
    public static Optional<Path> find(Path scenarioFile, String datasetRef, Optional<Path> toolHome) {
        if (datasetRef.isBlank()) return Optional.empty();
        return candidates(scenarioFile, datasetRef, toolHome).stream().filter(Files::isDirectory).findFirst();
    }

    /** "dataset 'x' not found (tried a, b, c)": the message for a missing dataset. */
    public static String notFoundMessage(String datasetRef, List<Path> tried) {
        return "dataset '" + tradesim.input.Spelling.shown(datasetRef) + "' not found (tried " + tried.stream().map(Path::toString)
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Where {@code tradesim data NAME} looks: NAME as a folder (if it holds a dataset.yaml or has a
     * slash), then {@code data/NAME} in {@code cwd} and each parent, then the tool home's bundled data.
     */
    public static List<Path> candidatesForName(String name, Path cwd, Optional<Path> toolHome) {
        List<Path> out = new ArrayList<>();
        Path direct = cwd.resolve(name).normalize();
        if (hasSlash(name) || Files.isRegularFile(direct.resolve(DatasetLoader.MANIFEST))) out.add(direct);
        if (!hasSlash(name)) {
            for (Path dir = cwd.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                out.add(dir.resolve("data").resolve(name));
            }
            toolHome.ifPresent(home -> out.add(bundled(home, name)));
        }
        return List.copyOf(out);
    }

    public static Optional<Path> findByName(String name, Path cwd, Optional<Path> toolHome) {
        if (name.isBlank()) return Optional.empty();
        return candidatesForName(name, cwd, toolHome).stream().filter(Files::isDirectory).findFirst();
    }

    private static Path bundled(Path home, String name) {
        return home.resolve("scenarios").resolve("data").resolve(name);
    }

    private static boolean hasSlash(String ref) {
        return ref.contains("/") || ref.contains("\\");
    }
}
