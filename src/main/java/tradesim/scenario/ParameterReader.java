package tradesim.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import tradesim.dataset.ParameterScope;
import tradesim.model.Distribution;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.UncertainParameter;
import tradesim.model.Uncertainty;
import tradesim.scenario.DatasetIds.Kind;
import tradesim.input.YamlMap;
import tradesim.input.YamlNode;

/**
 * Reads a scenario's {@code parameters} overrides and its {@code uncertainty} block. Both select
 * (product, importer, exporter) as parameters.csv does, with the same rule about which parameter
 * belongs to a market and which to an exporter.
 */
final class ParameterReader {

    private static final List<String> KIND_KEYS = List.of("substitution", "demand", "supply", "half_life_months");
    private static final List<String> OVERRIDE_KEYS = List.of("product", "importer", "exporter", "substitution",
            "demand", "supply", "half_life_months", "source");
    private static final List<String> UNCERTAIN_KEYS = List.of("product", "importer", "exporter", "substitution",
            "demand", "supply", "half_life_months");

    private final DatasetIds ids;

    ParameterReader(DatasetIds ids) {
        this.ids = ids;
    }

    /** Overrides; a rule's source defaults to {@code scenario <name>}. */
    Optional<List<ParameterRule>> overrides(YamlNode node, String scenarioName) {
        Optional<List<YamlNode>> items = node.list("parameters");
        if (items.isEmpty()) return Optional.empty();
        List<ParameterRule> rules = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (YamlNode item : items.get()) {
            Optional<YamlMap> m = item.map("a parameter override", OVERRIDE_KEYS);
            if (m.isEmpty()) {
                ok = false;
                continue;
            }
            Optional<List<String>> where = selection(m.get());
            Map<ParameterKind, Double> values = new EnumMap<>(ParameterKind.class);
            boolean rowOk = where.isPresent();
            for (ParameterKind kind : ParameterKind.values()) {
                Optional<YamlNode> v = m.get().get(kind.key());
                if (v.isEmpty()) continue;
                OptionalDouble x = v.get().number(kind.key());
                if (x.isEmpty()) {
                    rowOk = false;
                    continue;
                }
                Optional<String> misplaced = where.flatMap(w -> ParameterScope.misplaced(kind, w.get(1), w.get(2)));
                if (misplaced.isPresent()) {
                    v.get().report(misplaced.get());
                    rowOk = false;
                } else if (!kind.isValid(x.getAsDouble())) {
                    v.get().report(kind.key() + " out of range (found " + v.get().found() + ", expected "
                            + kind.validRange() + ")");
                    rowOk = false;
                } else {
                    values.put(kind, x.getAsDouble());
                }
            }
            if (rowOk && values.isEmpty() && KIND_KEYS.stream().noneMatch(m.get()::has)) {
                item.report("a parameter override sets nothing (expected at least one of "
                        + String.join(", ", KIND_KEYS) + ")");
                rowOk = false;
            }
            String source = m.get().get("source").flatMap(s -> s.text("source")).orElse("scenario " + scenarioName);
            if (rowOk) {
                for (ParameterKind kind : values.keySet()) {
                    List<String> key = List.of(where.get().get(0), where.get().get(1), where.get().get(2), kind.key());
                    Integer first = seen.putIfAbsent(key, item.line());
                    if (first != null) {
                        m.get().keyNode(kind.key()).orElseThrow().report("duplicate parameter override: ("
                                + String.join(", ", where.get()) + ") sets " + kind.key() + " again (first at line "
                                + first + ")");
                        rowOk = false;
                    }
                }
                if (rowOk) {
                    rules.add(new ParameterRule(where.get().get(0), where.get().get(1), where.get().get(2), values,
                            source));
                }
            }
            ok &= rowOk;
        }
        return ok ? Optional.of(rules) : Optional.empty();
    }

    Optional<Uncertainty> uncertainty(YamlNode node) {
        Optional<YamlMap> m = node.map("uncertainty", List.of("seed", "parameters"));
        if (m.isEmpty()) return Optional.empty();
        OptionalLong seed = m.get().require("seed", "uncertainty").map(n -> n.integer("seed"))
                .orElse(OptionalLong.empty());
        List<UncertainParameter> params = new ArrayList<>();
        boolean ok = seed.isPresent();
        Optional<YamlNode> list = m.get().get("parameters");
        if (list.isPresent()) {
            Optional<List<YamlNode>> items = list.get().list("uncertainty.parameters");
            ok &= items.isPresent();
            Map<List<String>, Integer> seen = new HashMap<>();
            for (YamlNode item : items.orElse(List.of())) {
                Optional<UncertainParameter> p = uncertain(item);
                if (p.isPresent()) {
                    UncertainParameter u = p.get();
                    Integer first = seen.putIfAbsent(List.of(u.product(), u.importer(), u.exporter(), u.kind().key()),
                            item.line());
                    if (first != null) {
                        item.report("duplicate uncertain parameter " + u.label() + " (first at line " + first + ")");
                        p = Optional.empty();
                    }
                }
                ok &= p.isPresent();
                p.ifPresent(params::add);
            }
        }
        return ok ? Optional.of(new Uncertainty(seed.getAsLong(), params)) : Optional.empty();
    }

    private Optional<UncertainParameter> uncertain(YamlNode item) {
        Optional<YamlMap> m = item.map("an uncertain parameter", UNCERTAIN_KEYS);
        if (m.isEmpty()) return Optional.empty();
        Optional<List<String>> where = selection(m.get());
        List<String> kinds = m.get().keys().stream().filter(KIND_KEYS::contains).toList();
        if (kinds.size() != 1) {
            item.report("an uncertain parameter names one parameter (found " + (kinds.isEmpty() ? "none"
                    : String.join(" and ", kinds)) + ", expected one of " + String.join(", ", KIND_KEYS) + ")");
            return Optional.empty();
        }
        ParameterKind kind = kindOf(kinds.get(0));
        YamlNode value = m.get().raw(kinds.get(0)).orElseThrow();
        Optional<String> misplaced = where.flatMap(w -> ParameterScope.misplaced(kind, w.get(1), w.get(2)));
        if (misplaced.isPresent()) {
            m.get().keyNode(kinds.get(0)).orElseThrow().report(misplaced.get());
            return Optional.empty();
        }
        Optional<Distribution> d = DistributionReader.read(value, kind);
        if (where.isEmpty() || d.isEmpty()) return Optional.empty();
        return Optional.of(new UncertainParameter(where.get().get(0), where.get().get(1), where.get().get(2), kind,
                d.get()));
    }

    private static ParameterKind kindOf(String key) {
        for (ParameterKind k : ParameterKind.values()) {
            if (k.key().equals(key)) return k;
        }
        throw new IllegalArgumentException(key);
    }

    /** (product, importer, exporter); importer and exporter default to {@code *}. */
    private Optional<List<String>> selection(YamlMap m) {
        Optional<String> product = m.require("product", "a parameter selection")
                .flatMap(n -> ids.idOrAny(n, Kind.PRODUCT, "product"));
        Optional<String> importer = m.get("importer").map(n -> ids.idOrAny(n, Kind.COUNTRY, "importer"))
                .orElse(Optional.of(ParameterRule.ANY));
        Optional<String> exporter = m.get("exporter").map(n -> ids.idOrAny(n, Kind.COUNTRY, "exporter"))
                .orElse(Optional.of(ParameterRule.ANY));
        if (product.isEmpty() || importer.isEmpty() || exporter.isEmpty()) return Optional.empty();
        return Optional.of(List.of(product.get(), importer.get(), exporter.get()));
    }

}
