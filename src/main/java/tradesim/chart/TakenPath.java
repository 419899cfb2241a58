package tradesim.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tradesim.model.Event;
import tradesim.model.Outcome;

/**
 * The outcomes a run took, read back from its path label ({@code s232=exempt;deal=yes}, or
 * {@code -} without branches), so charts and the report can tell which events happened on it.
 */
public final class TakenPath {

    private final Map<String, String> outcomes;
    /** A result over all paths at once ({@code expected}): every event counts as happening. */
    private final boolean everyPath;

    private TakenPath(Map<String, String> outcomes, boolean everyPath) {
        this.outcomes = Collections.unmodifiableMap(outcomes);
        this.everyPath = everyPath;
    }

    /**
     * Reads {@code event=outcome;…}; {@code -} is the one path of a scenario without branches, and a
     * label with no {@code =} at all (such as {@code expected}, the probability-weighted result of
     * {@code tradesim paths}) stands for every path.
     */
    public static TakenPath parse(String label) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!label.isBlank() && !label.equals("-") && label.indexOf('=') < 0) return new TakenPath(m, true);
        if (!label.isBlank() && !label.equals("-")) {
            for (String part : label.split(";")) {
                int eq = part.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("not an event=outcome pair in path '" + label + "': " + part);
                m.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return new TakenPath(m, false);
    }

    /** Whether the event happens on this path: every condition of its {@code when} holds. */
    public boolean reached(Event e) {
        if (everyPath) return true;
        for (Map.Entry<String, String> c : e.when().entrySet()) {
            if (!c.getValue().equals(outcomes.get(c.getKey()))) return false;
        }
        return true;
    }

    /** The outcome taken at a branch event, if it happened on this path. */
    public Optional<Outcome> outcome(Event e) {
        String id = outcomes.get(e.id());
        if (id == null || !reached(e)) return Optional.empty();
        return e.outcomes().stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
