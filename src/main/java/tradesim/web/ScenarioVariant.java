package tradesim.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tradesim.app.ScenarioInputs;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.scenario.LoadedScenario;

/**
 * A listed scenario with a request's parameter overrides and added events, loaded through the
 * same loader as a scenario file, so it is checked by the same rules and any problem is worded as
 * {@code validate} words it.
 *
 * <p>The request becomes YAML text (with overrides alone, only the parts of the file they are
 * checked against, and the scenario itself then takes the checked overrides): the scenario file's content with the request's overrides
 * appended to {@code parameters} (an override replaces the scenario's own value for the same
 * product, importer, exporter and parameter, as a second one in the file would be refused as a
 * duplicate) and its events appended to {@code events}, written in flow style so that every node
 * starts at a place of its own. A problem's line and column in that text
 * are then turned back into the JSON field they came from, e.g. {@code events[0].actions[0].tariff.importer}.
 */
final class ScenarioVariant {

    private static final List<String> KIND_KEYS = List.of("substitution", "demand", "supply", "half_life_months");

    private ScenarioVariant() {
    }

    /** The scenario as listed when the request adds nothing, else the scenario with the request's additions. */
    static LoadedScenario load(ScenarioCatalog.Entry entry, RunRequest request, ScenarioInputs inputs)
            throws ApiError {
        if (request.parameters().isEmpty() && request.events().isEmpty()) return entry.loaded();
        boolean onlyParameters = request.events().isEmpty();
        Map<String, Object> top = new LinkedHashMap<>(entry.document());
        if (onlyParameters) {
            // Overrides need only what they are checked against: the name (their source), the dataset and
            // the horizon. Loading that much is a fraction of the whole file, and a slider moves often.
            top.keySet().retainAll(List.of("name", "dataset", "horizon", "parameters"));
        }
        List<Object> parameters = withoutReplaced(listOf(top.get("parameters")), request.parameters());
        int ownParameters = parameters.size();
        parameters.addAll(request.parameters());
        List<Object> events = new ArrayList<>(listOf(top.get("events")));
        int ownEvents = events.size();
        events.addAll(request.events());
        if (!parameters.isEmpty()) top.put("parameters", parameters);
        if (!events.isEmpty()) top.put("events", events);
        String text = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.FLOW).setWidth(10_000).build())
                .dumpToString(top);
        try {
            LoadedScenario ls = inputs.load(text, "request", entry.path().getParent());
            if (!onlyParameters) return ls;
            LoadedScenario own = entry.loaded();
            return new LoadedScenario(own.scenario().withParameters(ls.scenario().parameters()), own.dataset());
        } catch (InputException e) {
            Map<Long, String> fields = fieldsByPosition(text, ownParameters, ownEvents, entry.file());
            List<String> problems = new ArrayList<>();
            for (Problem p : e.problems()) problems.add(describe(p, fields));
            throw ApiError.badRequest(problems);
        }
    }

    /** The problem with the JSON field it concerns in place of file:line:column. */
    static String describe(Problem p, Map<Long, String> fields) {
        String field = p.line() == 1 && p.column() == 1 ? "scenario" : fields.get(position(p.line(), p.column()));
        // Line numbers inside a message point into the generated text, which the user never sees.
        String message = p.message().replaceAll("\\(first at line \\d+\\)", "(first in the scenario or earlier in the request)");
        return (field == null ? "request" : field) + ": " + message;
    }

    private static List<Object> listOf(Object v) {
        return v instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
    }

    /** The scenario's own overrides less every value a request override sets again for the same selection. */
    private static List<Object> withoutReplaced(List<Object> own, List<Object> requested) {
        List<Object> out = new ArrayList<>();
        for (Object o : own) {
            if (!(o instanceof Map<?, ?> m)) {
                out.add(o);
                continue;
            }
            Map<Object, Object> kept = new LinkedHashMap<>(m);
            for (Object r : requested) {
                if (r instanceof Map<?, ?> rm && sameSelection(m, rm)) {
                    for (String kind : KIND_KEYS) if (rm.containsKey(kind)) kept.remove(kind);
                }
            }
            if (KIND_KEYS.stream().anyMatch(kept::containsKey)) out.add(kept);
        }
        return out;
    }

    private static boolean sameSelection(Map<?, ?> a, Map<?, ?> b) {
        for (String k : List.of("product", "importer", "exporter")) {
            if (!Objects.equals(String.valueOf(a.containsKey(k) ? a.get(k) : "*"),
                    String.valueOf(b.containsKey(k) ? b.get(k) : "*"))) {
                return false;
            }
        }
        return true;
    }

    private static long position(int line, int column) {
        return ((long) line << 32) | column;
    }

    /**
     * Every node's 1-based start position in {@code text}, named by its JSON field: added overrides
     * and events by their index in the request, the scenario's own by their place in its file.
     */
    private static Map<Long, String> fieldsByPosition(String text, int ownParameters, int ownEvents, String file) {
        Map<Long, String> out = new HashMap<>();
        new Compose(LoadSettings.builder().build()).composeString(text).ifPresent(root -> {
            if (!(root instanceof MappingNode m)) return;
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                int own = key.equals("events") ? ownEvents : key.equals("parameters") ? ownParameters : -1;
                if (own >= 0 && t.getValueNode() instanceof SequenceNode seq) {
                    List<Node> items = seq.getValue();
                    for (int i = 0; i < items.size(); i++) {
                        String name = i >= own ? key + "[" + (i - own) + "]" : file + " " + key + "[" + i + "]";
                        walk(items.get(i), name, out);
                    }
                    put(t.getKeyNode(), key, out);
                } else {
                    walk(t.getValueNode(), file + " " + key, out);
                    put(t.getKeyNode(), file + " " + key, out);
                }
            }
        });
        return out;
    }

    private static void walk(Node n, String name, Map<Long, String> out) {
        put(n, name, out);
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                put(t.getKeyNode(), name + "." + key, out);
                walk(t.getValueNode(), name + "." + key, out);
            }
        } else if (n instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) walk(items.get(i), name + "[" + i + "]", out);
        }
    }

    /** In flow style every node starts at its own place: a mapping at its brace, each key after it. */
    private static void put(Node n, String name, Map<Long, String> out) {
        n.getStartMark().ifPresent(mk -> out.putIfAbsent(position(mk.getLine() + 1, mk.getColumn() + 1), name));
    }
}
