package tradesim.dataset;

import java.util.Optional;

import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;

/**
 * Which (importer, exporter) a parameter may be set for (docs/model.md, The dataset): σ and ε belong to a
 * market (product, importer), so their rules have exporter {@code *}; η belongs to an exporter
 * (product, exporter), so its rules have importer {@code *}; a half-life may be set for any flow.
 * A σ set for one exporter would silently never be looked up, hence an error.
 */
public final class ParameterScope {

    private ParameterScope() {
    }

    /** Why {@code kind} cannot be set on a rule for (importer, exporter), or empty if it can. */
    public static Optional<String> misplaced(ParameterKind kind, String importer, String exporter) {
        return switch (kind) {
            case SUBSTITUTION, DEMAND -> exporter.equals(ParameterRule.ANY) ? Optional.empty()
                    : Optional.of(kind.key() + " (" + symbol(kind) + ") belongs to a market (product, importer): "
                    + "exporter must be * (found '" + exporter + "', expected *)");
            case SUPPLY -> importer.equals(ParameterRule.ANY) ? Optional.empty()
                    : Optional.of("supply (η) belongs to an exporter (product, exporter): importer must be * (found '"
                    + importer + "', expected *)");
            case HALF_LIFE -> Optional.empty();
        };
    }

    public static String symbol(ParameterKind kind) {
        return switch (kind) {
            case SUBSTITUTION -> "σ";
            case DEMAND -> "ε";
            case SUPPLY -> "η";
            case HALF_LIFE -> "half-life";
        };
    }
}
