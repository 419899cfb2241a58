package tradesim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logic-less HTML template in the spirit of Mustache, kept to what the report needs:
 * {@code {{name}}} inserts a value, {@code {{#name}}…{{/name}}} repeats its body for each element of
 * a list (or renders it once for {@code true}), {@code {{^name}}…{{/name}}} renders when the list is
 * empty or the value false, and {@code {{>name}}} inlines the template {@code name.html} from the same
 * resource folder (so the report and the stand-alone brief share one brief). Every inserted value is HTML-escaped, always: there is no raw form, so
 * a scenario title can never become markup. A name the values do not define is an error, not an
 * empty string, so a typo in the template fails the build instead of silently dropping a section.
 */
public final class HtmlTemplate {

    private static final Pattern TAG = Pattern.compile("\\{\\{([#^/>]?)\\s*([A-Za-z0-9_.-]+)\\s*}}");

    private sealed interface Node permits Text, Variable, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Variable(String name) implements Node {
    }

    private record Section(String name, boolean inverted, List<Node> body) implements Node {
    }

    private final String name;
    private final List<Node> nodes;

    private HtmlTemplate(String name, List<Node> nodes) {
        this.name = name;
        this.nodes = nodes;
    }

    /** A template from a class-path resource such as {@code /tradesim/report/report.html}. */
    public static HtmlTemplate resource(String path) {
        try (InputStream in = HtmlTemplate.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("template resource missing: " + path);
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }

    public static HtmlTemplate parse(String name, String text) {
        Deque<Section> open = new ArrayDeque<>();
        Deque<List<Node>> bodies = new ArrayDeque<>();
        bodies.push(new ArrayList<>());
        Matcher m = TAG.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) bodies.peek().add(new Text(text.substring(at, m.start())));
            String kind = m.group(1);
            String tag = m.group(2);
            switch (kind) {
                case "#", "^" -> {
                    open.push(new Section(tag, kind.equals("^"), List.of()));
                    bodies.push(new ArrayList<>());
                }
                case "/" -> {
                    if (open.isEmpty() || !open.peek().name().equals(tag)) {
                        throw new IllegalArgumentException(name + ": {{/" + tag + "}} closes "
                                + (open.isEmpty() ? "nothing" : "{{#" + open.peek().name() + "}}"));
                    }
                    Section s = open.pop();
                    List<Node> body = bodies.pop();
                    bodies.peek().add(new Section(s.name(), s.inverted(), List.copyOf(body)));
                }
                case ">" -> bodies.peek().addAll(resource(folder(name) + tag + ".html").nodes);
                default -> bodies.peek().add(new Variable(tag));
            }
            at = m.end();
        }
        if (!open.isEmpty()) throw new IllegalArgumentException(name + ": {{#" + open.peek().name() + "}} is never closed");
        if (at < text.length()) bodies.peek().add(new Text(text.substring(at)));
        return new HtmlTemplate(name, List.copyOf(bodies.pop()));
    }

    /** The resource folder of a template named by its resource path; the report's folder otherwise. */
    private static String folder(String name) {
        int slash = name.lastIndexOf('/');
        return name.startsWith("/") && slash >= 0 ? name.substring(0, slash + 1) : "/tradesim/report/";
    }

    /**
     * Renders with {@code values}: strings (and numbers, already formatted by the caller), booleans,
     * and lists of maps for sections. Inside a section, names are looked up in the element first and
     * then outward; {@code .} is the element itself.
     */
    public String render(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        Deque<Object> scope = new ArrayDeque<>();
        scope.push(values);
        render(nodes, scope, out);
        return out.toString();
    }

    private void render(List<Node> body, Deque<Object> scope, StringBuilder out) {
        for (Node n : body) {
            if (n instanceof Text t) {
                out.append(t.text());
            } else if (n instanceof Variable v) {
                Object value = lookup(v.name(), scope);
                if (value instanceof List<?> || value instanceof Map<?, ?>) {
                    throw new IllegalArgumentException(name + ": {{" + v.name() + "}} is a list or map, not text");
                }
                out.append(escape(String.valueOf(value)));
            } else {
                Section s = (Section) n;
                Object value = lookup(s.name(), scope);
                List<?> items = items(value);
                if (s.inverted()) {
                    if (items.isEmpty()) render(s.body(), scope, out);
                } else {
                    for (Object item : items) {
                        scope.push(item);
                        render(s.body(), scope, out);
                        scope.pop();
                    }
                }
            }
        }
    }

    /** What a section iterates: a list's elements; once for true or non-empty text; never otherwise. */
    private static List<?> items(Object value) {
        if (value instanceof List<?> l) return l;
        if (value instanceof Boolean b) return b ? List.of(Map.of()) : List.of();
        if (value instanceof String s) return s.isEmpty() ? List.of() : List.of(Map.of());
        return List.of(value);
    }

    private Object lookup(String key, Deque<Object> scope) {
        for (Object frame : scope) {
            if (key.equals(".") && !(frame instanceof Map<?, ?>)) return frame;
            if (frame instanceof Map<?, ?> m && m.containsKey(key)) {
                Object v = m.get(key);
                if (v == null) throw new IllegalArgumentException(name + ": {{" + key + "}} is null");
                return v;
            }
        }
        throw new IllegalArgumentException(name + ": no value for {{" + key + "}}");
    }

    /** Escapes the five characters that matter in HTML text and in quoted attribute values. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
