package tradesim.engine.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradesim.model.Action;
import tradesim.model.Event;
import tradesim.model.Outcome;
import tradesim.model.Scenario;

/**
 * One complete path through a scenario's event tree: which events happen (their {@code when}
 * holds) and, for each branch event that happens, the outcome taken.
 *
 * @param reached     ids of the events that happen, in event order
 * @param outcomes    branch event id → outcome id, in event order
 * @param probability product of the outcome probabilities on the path
 */
public record NegotiationPath(List<String> reached, Map<String, String> outcomes, double probability) {

    public NegotiationPath {
        reached = List.copyOf(reached);
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    /**
     * The path's name as written in outputs: {@code event=outcome} joined by {@code ;} in event
     * order, or {@code -} when no branch is taken.
     */
    public String label() {
        if (outcomes.isEmpty()) return "-";
        List<String> parts = new ArrayList<>();
        outcomes.forEach((e, o) -> parts.add(e + "=" + o));
        return String.join(";", parts);
    }

    /** Whether every condition of {@code when} is met by the outcomes taken so far. */
    public static boolean holds(Map<String, String> when, Map<String, String> taken) {
        for (Map.Entry<String, String> c : when.entrySet()) {
            if (!c.getValue().equals(taken.get(c.getKey()))) return false;
        }
        return true;
    }

    /**
     * The actions this path applies, in stacking order: events by date (file order for equal
     * dates); within an event its own actions first, then those of the outcome taken.
     */
    public List<PathAction> actions(Scenario scenario) {
        List<PathAction> out = new ArrayList<>();
        int order = 0;
        for (Event e : scenario.orderedEvents()) {
            if (!reached.contains(e.id())) continue;
            for (Action a : e.actions()) out.add(new PathAction(e, a, order++));
            String chosen = outcomes.get(e.id());
            if (chosen == null) continue;
            for (Outcome o : e.outcomes()) {
                if (o.id().equals(chosen)) {
                    for (Action a : o.actions()) out.add(new PathAction(e, a, order++));
                }
            }
        }
        return List.copyOf(out);
    }

    /** An action on a path, with the event that carries it and its place in the stacking order. */
    public record PathAction(Event event, Action action, int order) {
    }
}
