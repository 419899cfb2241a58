package tradesim.cli;

import java.nio.file.Path;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.scenario.LoadedScenario;

/**
 * Keeps outputs away from inputs: a run never writes into the dataset folder or into a
 * {@code scenarios/} tree that holds its scenario file, so inputs are never touched.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path outDir, LoadedScenario ls) throws InputException {
        Path out = outDir.toAbsolutePath().normalize();
        Path scenarioFile = Path.of(ls.scenario().sourceFile()).toAbsolutePath().normalize();
        Path dataset = Path.of(ls.dataset().folder()).toAbsolutePath().normalize();
        if (out.startsWith(dataset)) {
            throw refuse(outDir, "is inside the dataset folder " + ls.dataset().folder());
        }
        for (Path p = scenarioFile.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("scenarios") && out.startsWith(p)) {
                throw refuse(outDir, "is inside the scenarios folder " + p);
            }
        }
    }

    private static InputException refuse(Path outDir, String why) {
        return new InputException(Problem.ofFile(outDir.toString(), "refusing to write outputs here: the folder "
                + why + " (found an input folder, expected a folder for outputs such as charts/)"));
    }
}
