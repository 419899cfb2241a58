package tradesim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/run} (and of the page's chart, expected-value and CSV requests),
 * checked for shape: a scenario name, chosen outcomes, parameter overrides and added events. What
 * the overrides and events say is checked later by the scenario loader, in {@code validate}'s words.
 *
 * @param parameters the overrides as plain values (maps, lists, strings, numbers, booleans)
 * @param events     the added events as plain values
 * @param variantKey the scenario with its overrides and added events, as JSON text: the cache key of the
 *                   scenario they make
 * @param key        the whole request as JSON text: the cache key of its result
 */
record RunRequest(String scenario, Map<String, String> path, List<Object> parameters, List<Object> events,
                  String variantKey, String key) {

    /** At most this many added events: a slider makes one, a class exercise a handful. */
    static final int MAX_EVENTS = 20;
    /** At most this many parameter overrides: four elasticities for each of a dozen flows. */
    static final int MAX_PARAMETERS = 50;
    /** More choices than any event tree here has events. */
    static final int MAX_PATH_CHOICES = 100;

    private static final Set<String> KEYS = Set.of("scenario", "path", "parameters", "events");

    static RunRequest of(JsonNode body) throws ApiError {
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest("body: found " + kind(body) + " (expected a JSON object with at least"
                    + " \"scenario\")");
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                problems.add(k + ": unknown key (expected one of scenario, path, parameters, events)");
            }
        }
        JsonNode s = body.get("scenario");
        String scenario = null;
        if (s == null || s.isNull()) {
            problems.add("scenario: missing (expected the name of a scenario from GET /api/scenarios)");
        } else if (!s.isTextual()) {
            problems.add("scenario: found " + kind(s) + " (expected the name of a scenario as a string)");
        } else {
            scenario = s.asText();
        }
        Map<String, String> path = new LinkedHashMap<>();
        JsonNode p = body.get("path");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                problems.add("path: found " + kind(p) + " (expected an object of event id: outcome id)");
            } else if (p.size() > MAX_PATH_CHOICES) {
                problems.add("path: too many choices (found " + p.size() + ", expected at most " + MAX_PATH_CHOICES
                        + ")");
            } else {
                p.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        path.put(e.getKey(), e.getValue().asText());
                    } else {
                        problems.add("path." + e.getKey() + ": found " + kind(e.getValue())
                                + " (expected an outcome id as a string)");
                    }
                });
            }
        }
        List<Object> parameters = list(body.get("parameters"), "parameters", "parameter overrides", MAX_PARAMETERS,
                problems);
        List<Object> events = list(body.get("events"), "events", "events", MAX_EVENTS, problems);
        if (!problems.isEmpty()) throw ApiError.badRequest(problems);
        // JSON text escapes every string, so distinct requests never give the same key
        String variantKey = "[" + TextNode.valueOf(scenario) + "," + body.path("parameters") + ","
                + body.path("events") + "]";
        String key = "[" + variantKey + "," + body.path("path") + "]";
        return new RunRequest(scenario, Map.copyOf(path), parameters, events, variantKey, key);
    }

    private static List<Object> list(JsonNode n, String field, String what, int max, List<String> problems) {
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) {
            problems.add(field + ": found " + kind(n) + " (expected a list of " + what + ")");
            return List.of();
        }
        if (n.size() > max) {
            problems.add(field + ": too many " + what + " (found " + n.size() + ", expected at most " + max + ")");
            return List.of();
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isObject()) {
                problems.add(field + "[" + i + "]: found " + kind(item) + " (expected an object)");
            } else {
                out.add(plain(item));
            }
        }
        return out;
    }

    /** The JSON value as the plain Java values a YAML emitter writes. */
    private static Object plain(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(plain(x)));
            return l;
        }
        if (n.isIntegralNumber()) return n.bigIntegerValue();
        if (n.isNumber()) {
            // A YAML float must be finite and in a form every reader takes: the shortest decimal of the double.
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString()
                    : Double.toString(d);
        }
        if (n.isBoolean()) return n.booleanValue();
        if (n.isNull()) return null;
        return n.asText();
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        if (n.isNull()) return "null";
        return "a " + n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
