package tradesim.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Most-specific-wins lookup of elasticities and half-lives over parameter rules.
 *
 * <p>For each parameter the most specific rule that sets it wins: exact (product, importer,
 * exporter), then (product, importer, *), then (product, *, exporter), then (product, *, *), then
 * the same four with product {@code *} (docs/model.md, The dataset). Overrides (a scenario's
 * {@code parameters}, or one Monte Carlo draw) are consulted before the base rules: an override
 * that sets a parameter at any specificity wins over every base rule.
 *
 * <p>σ and ε belong to a market, so they are looked up with exporter {@code *}; η belongs to an
 * exporter, so it is looked up with importer {@code *}.
 */
public final class ParameterTable {

    private final List<ParameterRule> base;
    private final List<ParameterRule> overrides;

    public ParameterTable(List<ParameterRule> base) {
        this(base, List.of());
    }

    private ParameterTable(List<ParameterRule> base, List<ParameterRule> overrides) {
        this.base = List.copyOf(base);
        this.overrides = List.copyOf(overrides);
    }

    /**
     * The point parameters of a run: the dataset's rules with the scenario's {@code parameters}
     * as overrides. Monte Carlo draws and sensitivity cases add their own overrides on top.
     */
    public static ParameterTable point(Dataset dataset, Scenario scenario) {
        return new ParameterTable(dataset.parameters()).withOverrides(scenario.parameters());
    }

    /** A table whose {@code extra} rules take precedence over everything already here. */
    public ParameterTable withOverrides(List<ParameterRule> extra) {
        if (extra.isEmpty()) return this;
        List<ParameterRule> merged = new java.util.ArrayList<>(extra);
        merged.addAll(overrides);
        return new ParameterTable(base, merged);
    }

    public OptionalDouble substitution(String product, String importer) {
        return lookup(ParameterKind.SUBSTITUTION, product, importer, ParameterRule.ANY);
    }

    public OptionalDouble demand(String product, String importer) {
        return lookup(ParameterKind.DEMAND, product, importer, ParameterRule.ANY);
    }

    public OptionalDouble supply(String product, String exporter) {
        return lookup(ParameterKind.SUPPLY, product, ParameterRule.ANY, exporter);
    }

    public OptionalDouble halfLife(String product, String importer, String exporter) {
        return lookup(ParameterKind.HALF_LIFE, product, importer, exporter);
    }

    /** The value of {@code kind} for the query, overrides first, then base rules. */
    public OptionalDouble lookup(ParameterKind kind, String product, String importer, String exporter) {
        return decidingRule(kind, product, importer, exporter).map(r -> r.get(kind)).orElse(OptionalDouble.empty());
    }

    /** The rule that decides {@code kind} for the query, if any: for citing its source. */
    public Optional<ParameterRule> decidingRule(ParameterKind kind, String product, String importer, String exporter) {
        Optional<ParameterRule> r = find(overrides, kind, product, importer, exporter);
        return r.isPresent() ? r : find(base, kind, product, importer, exporter);
    }

    private static Optional<ParameterRule> find(List<ParameterRule> rules, ParameterKind kind,
                                                String product, String importer, String exporter) {
        String any = ParameterRule.ANY;
        // Most specific first: (p, i, e), (p, i, *), (p, *, e), (p, *, *), (*, i, e), ... (*, *, *),
        // bit 2 of the level widening the product, bit 1 the importer and bit 0 the exporter.
        for (int level = 0; level < 8; level++) {
            String p = (level & 4) == 0 ? product : any;
            String i = (level & 2) == 0 ? importer : any;
            String e = (level & 1) == 0 ? exporter : any;
            for (ParameterRule r : rules) {
                if (r.product().equals(p) && r.importer().equals(i) && r.exporter().equals(e)
                        && r.values().containsKey(kind)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
