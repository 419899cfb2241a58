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
import tradesim.scenario.yaml.NumberText;
import tradesim.scenario.yaml.Spelling;
import tradesim.scenario.yaml.YamlMap;
import tradesim.scenario.yaml.YamlNode;

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
    private static final List<String> DISTRIBUTIONS = List.of("normal", "lognormal", "uniform", "triangular");

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
                Integer first = seen.putIfAbsent(where.get(), item.line());
                if (first != null) {
                    item.report("duplicate parameter override (" + String.join(", ", where.get())
                            + ") (first at line " + first + ")");
                    rowOk = false;
                } else {
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
        Optional<Distribution> d = distribution(value, kind);
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

    /** {@code {normal: {mean, sd}}} and the like, checked against the parameter's valid range. */
    private static Optional<Distribution> distribution(YamlNode node, ParameterKind kind) {
        if (!node.isMap()) {
            node.report(kind.key() + " must be a distribution (found " + node.found()
                    + ", expected one of normal, lognormal, uniform, triangular)");
            return Optional.empty();
        }
        Optional<YamlMap> outer = node.openMap(kind.key());
        if (outer.isEmpty()) return Optional.empty();
        List<String> names = outer.get().keys();
        if (names.size() != 1) {
            node.report("a distribution has one name (found " + (names.isEmpty() ? "none" : String.join(" and ", names))
                    + ", expected one of " + String.join(", ", DISTRIBUTIONS) + ")");
            return Optional.empty();
        }
        String name = names.get(0);
        YamlNode keyNode = outer.get().keyNode(name).orElseThrow();
        if (!DISTRIBUTIONS.contains(name)) {
            String hint = Spelling.hint(name, DISTRIBUTIONS);
            keyNode.report("unknown distribution '" + name + "'" + (hint.isEmpty()
                    ? " (expected one of: " + String.join(", ", DISTRIBUTIONS) + ")" : hint));
            return Optional.empty();
        }
        YamlNode args = outer.get().raw(name).orElseThrow();
        return switch (name) {
            case "normal" -> normal(args, kind);
            case "lognormal" -> lognormal(args, kind, keyNode);
            case "uniform" -> uniform(args, kind);
            default -> triangular(args, kind);
        };
    }

    private static Optional<Distribution> normal(YamlNode args, ParameterKind kind) {
        Optional<YamlMap> m = args.map("normal", List.of("mean", "sd"));
        Optional<Double> mean = finite(m, "mean", "normal");
        Optional<Double> sd = positive(m, "sd", "normal");
        if (mean.isPresent() && !kind.isValid(mean.get())) {
            m.get().get("mean").orElseThrow().report("normal mean is outside the range of " + kind.key()
                    + " (found " + NumberText.format(mean.get()) + ", expected " + kind.validRange() + ")");
            return Optional.empty();
        }
        if (mean.isEmpty() || sd.isEmpty()) return Optional.empty();
        return Optional.of(new Distribution.Normal(mean.get(), sd.get()));
    }

    private static Optional<Distribution> lognormal(YamlNode args, ParameterKind kind, YamlNode keyNode) {
        Optional<YamlMap> m = args.map("lognormal", List.of("median", "sd_log"));
        Optional<Double> median = positive(m, "median", "lognormal");
        Optional<Double> sdLog = positive(m, "sd_log", "lognormal");
        if (kind == ParameterKind.DEMAND) {
            keyNode.report("lognormal draws are positive but demand must be <= 0 (found lognormal, expected normal, "
                    + "uniform or triangular)");
            return Optional.empty();
        }
        if (median.isEmpty() || sdLog.isEmpty()) return Optional.empty();
        return Optional.of(new Distribution.LogNormal(median.get(), sdLog.get()));
    }

    private static Optional<Distribution> uniform(YamlNode args, ParameterKind kind) {
        Optional<YamlMap> m = args.map("uniform", List.of("min", "max"));
        Optional<Double> min = finite(m, "min", "uniform");
        Optional<Double> max = finite(m, "max", "uniform");
        if (min.isEmpty() || max.isEmpty()) return Optional.empty();
        if (!(min.get() < max.get())) {
            args.report("uniform needs min < max (found min " + NumberText.format(min.get()) + " and max "
                    + NumberText.format(max.get()) + ", expected min < max)");
            return Optional.empty();
        }
        if (!inRange(m.get(), kind, min.get(), max.get(), "uniform")) return Optional.empty();
        return Optional.of(new Distribution.Uniform(min.get(), max.get()));
    }

    private static Optional<Distribution> triangular(YamlNode args, ParameterKind kind) {
        Optional<YamlMap> m = args.map("triangular", List.of("min", "mode", "max"));
        Optional<Double> min = finite(m, "min", "triangular");
        Optional<Double> mode = finite(m, "mode", "triangular");
        Optional<Double> max = finite(m, "max", "triangular");
        if (min.isEmpty() || mode.isEmpty() || max.isEmpty()) return Optional.empty();
        if (!(min.get() < max.get())) {
            args.report("triangular needs min < max (found min " + NumberText.format(min.get()) + " and max "
                    + NumberText.format(max.get()) + ", expected min < max)");
            return Optional.empty();
        }
        if (mode.get() < min.get() || mode.get() > max.get()) {
            m.get().get("mode").orElseThrow().report("triangular mode is outside [min, max] (found "
                    + NumberText.format(mode.get()) + ", expected " + NumberText.format(min.get()) + " to "
                    + NumberText.format(max.get()) + ")");
            return Optional.empty();
        }
        if (!inRange(m.get(), kind, min.get(), max.get(), "triangular")) return Optional.empty();
        return Optional.of(new Distribution.Triangular(min.get(), mode.get(), max.get()));
    }

    /** Bounded draws must stay in the parameter's valid range, which is an interval. */
    private static boolean inRange(YamlMap m, ParameterKind kind, double min, double max, String name) {
        for (String end : List.of("min", "max")) {
            double v = end.equals("min") ? min : max;
            if (!kind.isValid(v)) {
                m.get(end).orElseThrow().report(name + " " + end + " is outside the range of " + kind.key()
                        + " (found " + NumberText.format(v) + ", expected " + kind.validRange() + ")");
                return false;
            }
        }
        return true;
    }

    private static Optional<Double> finite(Optional<YamlMap> m, String key, String where) {
        Optional<YamlNode> n = m.flatMap(x -> x.require(key, where));
        if (n.isEmpty()) return Optional.empty();
        OptionalDouble v = n.get().finiteNumber(key);
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }

    private static Optional<Double> positive(Optional<YamlMap> m, String key, String where) {
        Optional<Double> v = finite(m, key, where);
        if (v.isPresent() && !(v.get() > 0)) {
            m.get().get(key).orElseThrow().report(where + " " + key + " must be > 0 (found "
                    + NumberText.format(v.get()) + ", expected a number > 0)");
            return Optional.empty();
        }
        return v;
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
