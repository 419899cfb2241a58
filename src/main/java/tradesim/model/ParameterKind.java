package tradesim.model;

/** The elasticities and lags a dataset or scenario can set; {@link #key()} is the column/key name. */
public enum ParameterKind {
    /** Armington σ &gt; 0, a property of a market (product, importer). */
    SUBSTITUTION("substitution"),
    /** Composite demand elasticity ε ≤ 0, a property of a market (product, importer). */
    DEMAND("demand"),
    /** Export supply elasticity η &gt; 0 or +∞, a property of an exporter (product, exporter). */
    SUPPLY("supply"),
    /** Adjustment half-life in months ≥ 0, a property of a flow (product, importer, exporter). */
    HALF_LIFE("half_life_months");

    private final String key;

    ParameterKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether {@code value} is allowed for this parameter. */
    public boolean isValid(double value) {
        return switch (this) {
            case SUBSTITUTION -> value > 0 && Double.isFinite(value);
            case DEMAND -> value <= 0 && Double.isFinite(value);
            case SUPPLY -> value > 0 && !Double.isNaN(value);
            case HALF_LIFE -> value >= 0 && Double.isFinite(value);
        };
    }

    /** The valid range in words, for error messages. */
    public String validRange() {
        return switch (this) {
            case SUBSTITUTION -> "a number > 0";
            case DEMAND -> "a number <= 0";
            case SUPPLY -> "a number > 0 or inf";
            case HALF_LIFE -> "a number >= 0";
        };
    }
}
