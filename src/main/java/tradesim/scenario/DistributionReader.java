package tradesim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import tradesim.model.Distribution;
import tradesim.model.ParameterKind;
import tradesim.input.NumberText;
import tradesim.input.Spelling;
import tradesim.input.YamlMap;
import tradesim.input.YamlNode;

/**
 * Reads one distribution of the {@code uncertainty} block (docs/model.md, Uncertain parameters: normal, lognormal, uniform,
 * triangular) and checks that its draws can be valid values of the parameter: bounded
 * distributions must lie inside the parameter's range, a normal (truncated by the engine) must at
 * least be centred inside it, and a lognormal cannot describe a parameter that must be negative.
 */
final class DistributionReader {

    private static final List<String> DISTRIBUTIONS = List.of("normal", "lognormal", "uniform", "triangular");

    private DistributionReader() {
    }

    /** {@code {normal: {mean, sd}}} and the like, checked against the parameter's valid range. */
    static Optional<Distribution> read(YamlNode node, ParameterKind kind) {
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
            keyNode.report("unknown distribution '" + Spelling.shown(name) + "'" + (hint.isEmpty()
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
}
