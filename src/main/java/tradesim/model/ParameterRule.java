package tradesim.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of {@code parameters.csv} (or one scenario override): which (product, importer, exporter)
 * it covers, with {@code *} as a wildcard, and the parameters it sets. Unset parameters are absent.
 */
public record ParameterRule(String product, String importer, String exporter,
                            Map<ParameterKind, Double> values, String source) {

    public static final String ANY = "*";

    public ParameterRule {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(source, "source");
        EnumMap<ParameterKind, Double> copy = new EnumMap<>(ParameterKind.class);
        values.forEach((k, v) -> {
            if (!k.isValid(v)) {
                throw new IllegalArgumentException(k.key() + " must be " + k.validRange() + ": " + v);
            }
            copy.put(k, v);
        });
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public OptionalDouble get(ParameterKind kind) {
        Double v = values.get(kind);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
