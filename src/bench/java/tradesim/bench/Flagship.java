package tradesim.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.model.Dataset;
import tradesim.model.InputException;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/** The flagship scenario, read from the project folder (run the benchmarks from there). */
final class Flagship {

    static final Path FILE = Path.of(System.getProperty("tradesim.bench.scenario",
            "scenarios/us-japan-2018/negotiation-tree-2018.yaml"));

    private Flagship() {
    }

    static LoadedScenario load() {
        try {
            return ScenarioLoader.load(FILE, Optional.empty());
        } catch (InputException e) {
            throw new IllegalStateException("cannot load " + FILE.toAbsolutePath() + " (run from the project folder)", e);
        }
    }

    /** The path a plain {@code tradesim run} follows: the most likely outcome of every event. */
    static NegotiationPath defaultPath(LoadedScenario ls) {
        return new EventTree(ls.scenario()).choose(Map.of());
    }

    /** The dataset with the flows of one product only, so a run covers that product alone. */
    static Dataset onlyProduct(Dataset d, String product) {
        return new Dataset(d.name(), d.baseYear(), d.currency(), d.unit(), d.description(), d.countries(),
                d.products(), d.sources(), d.flowsOf(product), d.tariffs(), d.parameters(), d.growth(), d.folder(),
                d.sha256());
    }
}
