package tradesim.app;

import java.nio.file.Path;
import java.util.Optional;
import tradesim.engine.path.EventTree;
import tradesim.model.InputException;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/**
 * Where scenarios come from: a file, or YAML text held in memory (a web form) with a name for
 * messages. {@code toolHome} is the tool's own folder, whose bundled datasets bare names fall back to.
 */
public final class ScenarioInputs {

    private final Optional<Path> toolHome;

    public ScenarioInputs(Optional<Path> toolHome) {
        this.toolHome = toolHome;
    }

    public LoadedScenario load(Path file) throws InputException {
        return ScenarioLoader.load(file, toolHome);
    }

    /** @param folder where the dataset is looked up, as if the text were a file in this folder */
    public LoadedScenario load(String yamlText, String display, Path folder) throws InputException {
        return ScenarioLoader.load(yamlText, display, folder, toolHome);
    }

    /** How many paths the scenario's event tree has (1 without branches). */
    public static long pathCount(LoadedScenario ls) {
        return new EventTree(ls.scenario()).countPaths();
    }
}
