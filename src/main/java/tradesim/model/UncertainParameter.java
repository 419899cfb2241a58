package tradesim.model;

import java.util.Objects;

/** A parameter drawn from a distribution in each Monte Carlo draw; selectors as in parameters.csv. */
public record UncertainParameter(String product, String importer, String exporter, ParameterKind kind,
                                 Distribution distribution) {
    public UncertainParameter {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(distribution, "distribution");
    }

    /** A readable name such as {@code beef substitution} or {@code beef:*:USA supply}. */
    public String label() {
        String where = importer.equals(ParameterRule.ANY) && exporter.equals(ParameterRule.ANY)
                ? product : product + ":" + importer + ":" + exporter;
        return where + " " + kind.key();
    }
}
