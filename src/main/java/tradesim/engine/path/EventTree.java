package tradesim.engine.path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradesim.model.Event;
import tradesim.model.Outcome;
import tradesim.model.Scenario;

/**
 * The negotiation tree of a scenario: events in order, each happening only when its {@code when}
 * holds on the outcomes taken before it, each branch event splitting the path by its outcomes.
 */
public final class EventTree {

    private final List<Event> events;

    public EventTree(Scenario scenario) {
        this.events = scenario.orderedEvents();
    }

    /**
     * Every complete path, depth first in event and outcome order. Probabilities are products of
     * the outcome probabilities on each path, so they sum to the product of the per-event sums (1).
     */
    public List<NegotiationPath> enumerate() {
        List<NegotiationPath> out = new ArrayList<>();
        walk(0, new ArrayList<>(), new LinkedHashMap<>(), 1.0, out);
        return List.copyOf(out);
    }

    /** The number of complete paths, without building them. */
    public long countPaths() {
        return count(0, new LinkedHashMap<>());
    }

    /**
     * The most likely path: the most likely outcome of each event that happens (first in file order
     * on a tie). A single run without choices, compare and sensitivity follow it.
     */
    public NegotiationPath mostLikely() {
        return choose(Map.of());
    }

    /**
     * The path that takes the given outcomes where given and the most likely outcome (first in
     * file order on a tie) everywhere else.
     *
     * @throws IllegalArgumentException naming the event when a choice names an unknown event or
     *     outcome, or an event that does not happen on that path
     */
    public NegotiationPath choose(Map<String, String> choices) {
        Map<String, String> pending = new LinkedHashMap<>(choices);
        for (String id : choices.keySet()) {
            Event e = events.stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown event '" + id + "'"));
            if (!e.isBranch()) {
                throw new IllegalArgumentException("event '" + id + "' has no outcomes to choose from");
            }
            String o = choices.get(id);
            if (e.outcomes().stream().noneMatch(x -> x.id().equals(o))) {
                throw new IllegalArgumentException("event '" + id + "' has no outcome '" + o + "' (expected one of "
                        + e.outcomes().stream().map(Outcome::id).toList() + ")");
            }
        }
        List<String> reached = new ArrayList<>();
        Map<String, String> taken = new LinkedHashMap<>();
        double p = 1.0;
        for (Event e : events) {
            if (!NegotiationPath.holds(e.when(), taken)) continue;
            reached.add(e.id());
            if (!e.isBranch()) continue;
            String chosen = pending.remove(e.id());
            Outcome o = chosen == null ? mostLikely(e) : e.outcomes().stream()
                    .filter(x -> x.id().equals(chosen)).findFirst().orElseThrow();
            taken.put(e.id(), o.id());
            p *= o.probability();
        }
        if (!pending.isEmpty()) {
            String id = pending.keySet().iterator().next();
            Event e = events.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            throw new IllegalArgumentException("event '" + id + "' does not happen on this path (its when "
                    + e.when() + " does not hold)");
        }
        return new NegotiationPath(reached, taken, p);
    }

    /**
     * Like {@link #choose}, but also takes the outcomes that the chosen events need in order to happen:
     * the {@code when} of each chosen event, and of the events those name, and so on. Choosing
     * {@code talks_after_exemption=deal} thus also takes {@code s232=exempt_japan}.
     *
     * @throws IllegalArgumentException when the conditions contradict each other or name unknown events
     */
    public NegotiationPath chooseReaching(Map<String, String> choices) {
        Map<String, String> closed = new LinkedHashMap<>(choices);
        List<String> open = new ArrayList<>(choices.keySet());
        while (!open.isEmpty()) {
            String id = open.remove(open.size() - 1);
            Event e = events.stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown event '" + id + "'"));
            for (Map.Entry<String, String> need : e.when().entrySet()) {
                String had = closed.putIfAbsent(need.getKey(), need.getValue());
                if (had == null) open.add(need.getKey());
                else if (!had.equals(need.getValue())) {
                    throw new IllegalArgumentException("event '" + id + "' needs " + need.getKey() + " = "
                            + need.getValue() + ", but the path takes " + had);
                }
            }
        }
        return choose(closed);
    }

    private static Outcome mostLikely(Event e) {
        Outcome best = e.outcomes().get(0);
        for (Outcome o : e.outcomes()) {
            if (o.probability() > best.probability()) best = o;
        }
        return best;
    }

    private void walk(int i, List<String> reached, Map<String, String> taken, double p, List<NegotiationPath> out) {
        if (i == events.size()) {
            out.add(new NegotiationPath(reached, taken, p));
            return;
        }
        Event e = events.get(i);
        if (!NegotiationPath.holds(e.when(), taken)) {
            walk(i + 1, reached, taken, p, out);
            return;
        }
        List<String> withThis = new ArrayList<>(reached);
        withThis.add(e.id());
        if (!e.isBranch()) {
            walk(i + 1, withThis, taken, p, out);
            return;
        }
        for (Outcome o : e.outcomes()) {
            Map<String, String> next = new LinkedHashMap<>(taken);
            next.put(e.id(), o.id());
            walk(i + 1, withThis, next, p * o.probability(), out);
        }
    }

    private long count(int i, Map<String, String> taken) {
        if (i == events.size()) return 1;
        Event e = events.get(i);
        if (!NegotiationPath.holds(e.when(), taken) || !e.isBranch()) return count(i + 1, taken);
        long n = 0;
        for (Outcome o : e.outcomes()) {
            Map<String, String> next = new LinkedHashMap<>(taken);
            next.put(e.id(), o.id());
            n += count(i + 1, next);
        }
        return n;
    }
}
