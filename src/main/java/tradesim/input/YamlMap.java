package tradesim.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** A YAML mapping with text keys, each key once, in file order. */
public final class YamlMap {

    private final YamlNode self;
    private final Map<String, YamlNode> values = new LinkedHashMap<>();
    private final Map<String, YamlNode> keys = new LinkedHashMap<>();

    YamlMap(YamlNode self, Collection<String> allowed) {
        this.self = self;
        for (NodeTuple t : ((MappingNode) self.node()).getValue()) {
            YamlNode key = self.child(t.getKeyNode());
            String name = key.rawText();
            if (name == null) {
                key.report("a key must be text (found " + key.found() + ", expected text)");
                continue;
            }
            if (keys.containsKey(name)) {
                key.report("duplicate key '" + Spelling.shown(name) + "' (first at line " + keys.get(name).line() + ")");
                continue;
            }
            keys.put(name, key);
            if (name.equals("<<")) {
                key.report("merge keys are not supported (found '<<', expected the keys written out)");
                continue;
            }
            if (allowed != null && !allowed.contains(name)) {
                String hint = Spelling.hint(name, allowed);
                key.report("unknown key '" + Spelling.shown(name) + "'" + (hint.isEmpty()
                        ? " (expected one of: " + String.join(", ", allowed) + ")" : hint));
                continue;
            }
            values.put(name, self.child(t.getValueNode()));
        }
    }

    public YamlNode node() {
        return self;
    }

    /** Whether the key has a value; a key left empty ({@code events:}) counts as not given. */
    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** The value of an optional key; a key left empty counts as not given, as when its items are commented out. */
    public Optional<YamlNode> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(n -> !n.isNull());
    }

    /** The value as written, even when empty: for keys whose presence alone means something. */
    public Optional<YamlNode> raw(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of a key that must be there; reports it missing at the mapping's position. */
    public Optional<YamlNode> require(String key, String where) {
        YamlNode v = values.get(key);
        if (v == null && !keys.containsKey(key)) {
            self.report("missing key '" + key + "' in " + where);
        }
        return Optional.ofNullable(v);
    }

    /** The node of the key itself, for problems about the key rather than its value. */
    public Optional<YamlNode> keyNode(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    /** Accepted keys in file order, including keys left empty. */
    public List<String> keys() {
        return new ArrayList<>(values.keySet());
    }

    /** Accepted (key, value) pairs in file order. */
    public Map<String, YamlNode> entries() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
