package tradesim.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A node of a YAML file with its position, and typed reads that report what is wrong at that
 * position instead of throwing. Each read returns empty when it reported a problem.
 */
public final class YamlNode {

    /** Deeper than any real scenario needs; guards the walk as well as the parser. */
    public static final int MAX_DEPTH = 64;

    private final Node node;
    private final String file;
    private final ProblemCollector problems;
    private final int depth;

    YamlNode(Node node, String file, ProblemCollector problems, int depth) {
        this.node = node;
        this.file = file;
        this.problems = problems;
        this.depth = depth;
    }

    public String file() {
        return file;
    }

    public ProblemCollector problems() {
        return problems;
    }

    /** 1-based line. */
    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    /** 1-based column. */
    public int column() {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    /** Adds a problem at this node. */
    public void report(String message) {
        problems.add(file, line(), column(), message);
    }

    public boolean isNull() {
        return YamlDocument.isNull(node);
    }

    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    /** The scalar text, or null for lists, mappings and empty values; for messages and matching. */
    public String rawText() {
        return node instanceof ScalarNode s && !isNull() ? s.getValue() : null;
    }

    /** What the node is, for the "found" part of messages. */
    public String found() {
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof MappingNode) return "a mapping";
        if (isNull()) return "nothing";
        String v = ((ScalarNode) node).getValue();
        if (v.length() > 40) v = v.substring(0, 37) + "...";
        return "'" + v.replace("\n", "\\n") + "'";
    }

    /** Non-empty text. */
    public Optional<String> text(String what) {
        if (!isScalar()) {
            report(what + " must be text (found " + found() + ", expected text)");
            return Optional.empty();
        }
        String v = rawText();
        if (v.isBlank()) {
            report(what + " must not be blank (found " + found() + ", expected text)");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** A number as written; infinities and NaN are returned, for the caller to judge. */
    public OptionalDouble number(String what) {
        if (!isScalar() || node.getTag().equals(Tag.BOOL)) {
            report(what + " must be a number (found " + found() + ", expected a number)");
            return OptionalDouble.empty();
        }
        NumberText.Reading r = NumberText.read(rawText());
        if (!r.ok()) {
            report(r.message(what) + " (found " + found() + ", expected a number)");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(r.value());
    }

    /** A finite number. */
    public OptionalDouble finiteNumber(String what) {
        OptionalDouble v = number(what);
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            report(what + " must be a finite number (found " + found() + ", expected a finite number)");
            return OptionalDouble.empty();
        }
        return v;
    }

    /** A whole number without a fraction or exponent. */
    public OptionalLong integer(String what) {
        String v = rawText();
        if (v != null && v.strip().matches("[-+]?\\d{1,18}")) return OptionalLong.of(Long.parseLong(v.strip()));
        report(what + " must be a whole number (found " + found() + ", expected a whole number)");
        return OptionalLong.empty();
    }

    public Optional<List<YamlNode>> list(String what) {
        if (!(node instanceof SequenceNode seq)) {
            report(what + " must be a list (found " + found() + ", expected a list)");
            return Optional.empty();
        }
        if (!deepEnough()) return Optional.empty();
        List<YamlNode> items = new ArrayList<>();
        for (Node n : seq.getValue()) items.add(child(n));
        return Optional.of(List.copyOf(items));
    }

    /**
     * A mapping whose keys must come from {@code allowed}; unknown keys, duplicate keys and
     * non-text keys are reported (with a spelling suggestion) and left out of the result.
     */
    public Optional<YamlMap> map(String what, Collection<String> allowed) {
        if (!(node instanceof MappingNode)) {
            report(what + " must be a mapping (found " + found() + ", expected a mapping of keys to values)");
            return Optional.empty();
        }
        if (!deepEnough()) return Optional.empty();
        return Optional.of(new YamlMap(this, allowed));
    }

    /** A mapping with free keys (e.g. country code to name); duplicates and non-text keys are reported. */
    public Optional<YamlMap> openMap(String what) {
        return map(what, null);
    }

    Node node() {
        return node;
    }

    YamlNode child(Node n) {
        return new YamlNode(n, file, problems, depth + 1);
    }

    private boolean deepEnough() {
        if (depth < MAX_DEPTH) return true;
        report("nesting too deep (found more than " + MAX_DEPTH + " levels, expected at most " + MAX_DEPTH + ")");
        return false;
    }
}
