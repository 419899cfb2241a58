package tradesim.engine.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.random.RandomGenerator;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.model.Event;
import tradesim.model.Outcome;
import tradesim.model.Scenario;

/**
 * Samples one path through the event tree: at each branch event that happens, one uniform number
 * picks an outcome by its cumulative probability. Events that do not happen draw nothing.
 */
public final class PathSampler {

    private final List<Event> events;
    private final EventTree tree;
    private final Map<Map<String, String>, NegotiationPath> chosen = new ConcurrentHashMap<>();

    public PathSampler(Scenario scenario) {
        this.events = scenario.orderedEvents();
        this.tree = new EventTree(scenario);
    }

    public NegotiationPath sample(RandomGenerator rng) {
        Map<String, String> taken = new LinkedHashMap<>();
        for (Event e : events) {
            if (!e.isBranch() || !NegotiationPath.holds(e.when(), taken)) continue;
            double u = rng.nextDouble();
            List<Outcome> os = e.outcomes();
            // Rounding can leave the cumulative sum a hair below 1: fall back to the last possible outcome.
            Outcome pick = os.get(0);
            for (Outcome o : os) {
                if (o.probability() > 0) pick = o;
            }
            double cumulative = 0.0;
            for (Outcome o : os) {
                cumulative += o.probability();
                if (u < cumulative) {
                    pick = o;
                    break;
                }
            }
            taken.put(e.id(), pick.id());
        }
        // The same outcomes always make the same path: build each once (a tree has few) and share it.
        return chosen.computeIfAbsent(taken, tree::choose);
    }

    /** The labels of every path, in enumeration order, for frequency tables. */
    public List<String> allLabels() {
        List<String> out = new ArrayList<>();
        for (NegotiationPath p : tree.enumerate()) out.add(p.label());
        return out;
    }
}
