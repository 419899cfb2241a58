package tradesim.app;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tradesim.dataset.DatasetLoader;
import tradesim.engine.path.EventTree;
import tradesim.model.Dataset;
import tradesim.model.InputException;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/**
 * Where scenarios come from: a file, or YAML text held in memory (a web form) with a name for
 * messages. {@code toolHome} is the tool's own folder, whose bundled datasets bare names fall back to.
 */
public final class ScenarioInputs {

    private final Optional<Path> toolHome;
    /**
     * Datasets already read, by folder, for a long-running front door; null: read each time. It holds
     * at most the datasets the front door's scenarios name, as text loaded here keeps its dataset line.
     */
    private final Map<Path, Dataset> datasets;

    public ScenarioInputs(Optional<Path> toolHome) {
        this(toolHome, false);
    }

    private ScenarioInputs(Optional<Path> toolHome, boolean keepDatasets) {
        this.toolHome = toolHome;
        this.datasets = keepDatasets ? new ConcurrentHashMap<>() : null;
    }

    /**
     * Inputs that read each dataset once and keep it, for a server that loads scenarios from text
     * again and again (each with a user's changes) over datasets that do not change while it runs.
     */
    public static ScenarioInputs keepingDatasets(Optional<Path> toolHome) {
        return new ScenarioInputs(toolHome, true);
    }

    public LoadedScenario load(Path file) throws InputException {
        return ScenarioLoader.load(file, toolHome);
    }

    /** @param folder where the dataset is looked up, as if the text were a file in this folder */
    public LoadedScenario load(String yamlText, String display, Path folder) throws InputException {
        if (datasets == null) return ScenarioLoader.load(yamlText, display, folder, toolHome);
        return ScenarioLoader.load(yamlText, display, folder, toolHome, this::dataset);
    }

    private Dataset dataset(Path folder) throws InputException {
        Path key = folder.toAbsolutePath().normalize();
        Dataset d = datasets.get(key);
        if (d != null) return d;
        d = DatasetLoader.load(key);
        datasets.putIfAbsent(key, d);
        return d;
    }

    /** One complete path through the event tree: the outcome taken at each branch reached, in event order. */
    public record PathChoice(String label, Map<String, String> outcomes, double probability) {
        public PathChoice {
            outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        }
    }

    /**
     * Every path of the scenario's event tree with its probability, in event tree order, without
     * running any of them.
     */
    public static List<PathChoice> paths(LoadedScenario ls) {
        return new EventTree(ls.scenario()).enumerate().stream()
                .map(p -> new PathChoice(p.label(), p.outcomes(), p.probability()))
                .toList();
    }

    /** How many paths the scenario's event tree has (1 without branches). */
    public static long pathCount(LoadedScenario ls) {
        return new EventTree(ls.scenario()).countPaths();
    }
}
