package tradesim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.scenario.LoadedScenario;

/**
 * Keeps outputs away from inputs, so inputs are never touched. A run refuses
 * an output folder that is
 * <ul>
 *   <li>an input file itself (the scenario file or a dataset file), or inside one;</li>
 *   <li>the dataset folder or inside it, or the folder that holds it ({@code data/});</li>
 *   <li>the folder that holds the scenario file;</li>
 *   <li>inside a {@code scenarios/} folder that holds the scenario file or the dataset.</li>
 * </ul>
 * Paths are compared after resolving symbolic links, so a link to the dataset is the dataset.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    public static void check(Path outDir, LoadedScenario ls) throws InputException {
        Path out = real(outDir);
        Path scenarioFile = real(Path.of(ls.scenario().sourceFile()));
        Path dataset = real(Path.of(ls.dataset().folder()));
        if (out.startsWith(scenarioFile)) {
            throw refuse(outDir, "is the scenario file " + ls.scenario().sourceFile(), "an input file");
        }
        for (Path input : datasetFiles(dataset)) {
            if (out.startsWith(input)) throw refuse(outDir, "is the dataset file " + input, "an input file");
        }
        if (out.startsWith(dataset)) {
            throw refuse(outDir, "is inside the dataset folder " + ls.dataset().folder(), "an input folder");
        }
        if (out.equals(dataset.getParent())) {
            throw refuse(outDir, "holds the dataset folder " + ls.dataset().folder(), "an input folder");
        }
        if (out.equals(scenarioFile.getParent())) {
            throw refuse(outDir, "holds the scenario file " + ls.scenario().sourceFile(), "an input folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException(Problem.ofFile(outDir.toString(), "cannot write outputs here: the path is a "
                    + "file (found a file, expected a folder, new or existing)"));
        }
        for (Path input : new Path[] {scenarioFile, dataset}) {
            for (Path p = input.getParent(); p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("scenarios") && out.startsWith(p)) {
                    throw refuse(outDir, "is inside the scenarios folder " + p, "an input folder");
                }
            }
        }
    }

    /** As {@link #check(Path, LoadedScenario)}, and also away from one more input file and its folder. */
    public static void check(Path outDir, LoadedScenario ls, Path otherInput) throws InputException {
        check(outDir, ls);
        Path out = real(outDir);
        Path input = real(otherInput);
        if (out.startsWith(input)) throw refuse(outDir, "is the input file " + otherInput, "an input file");
        if (out.equals(input.getParent())) {
            throw refuse(outDir, "holds the input file " + otherInput, "an input folder");
        }
    }

    private static java.util.List<Path> datasetFiles(Path dataset) {
        try (Stream<Path> s = Files.list(dataset)) {
            return s.map(OutputGuard::real).toList();
        } catch (IOException e) {
            return java.util.List.of(); // the folder was just read by the loader; nothing more to learn here
        }
    }

    /**
     * The absolute path with every symbolic link in its existing part resolved; the part that does
     * not exist yet (the usual case for an output folder) is appended as written, normalised.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static InputException refuse(Path outDir, String why, String what) {
        return new InputException(Problem.ofFile(outDir.toString(), "refusing to write outputs here: the path "
                + why + " (found " + what + ", expected a folder for outputs such as charts/)"));
    }
}
