package tradesim.dataset;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tradesim.model.Flow;
import tradesim.model.ParameterRule;
import tradesim.model.ParameterTable;
import tradesim.input.ProblemCollector;

/**
 * Checks that the engine will find every parameter it needs: σ and ε for each market that has a
 * flow, η for each source with a positive flow (including home sales), and a half-life for every
 * flow. Catching a gap here names the product and market instead of failing mid-run.
 */
final class ParameterCoverage {

    private ParameterCoverage() {
    }

    static void check(List<Flow> flows, List<ParameterRule> rules, String file, ProblemCollector problems) {
        ParameterTable table = new ParameterTable(rules);
        Set<List<String>> markets = new LinkedHashSet<>();
        Set<List<String>> sources = new LinkedHashSet<>();
        for (Flow f : flows) {
            markets.add(List.of(f.key().product(), f.key().importer()));
            if (f.valueUsdM() > 0) sources.add(List.of(f.key().product(), f.key().exporter()));
        }
        for (List<String> m : markets) {
            if (table.substitution(m.get(0), m.get(1)).isEmpty()) {
                problems.addFile(file, "no substitution (σ) for market (" + m.get(0) + ", " + m.get(1)
                        + ") (expected a row with product " + m.get(0) + " or *, importer " + m.get(1)
                        + " or *, exporter *)");
            }
            if (table.demand(m.get(0), m.get(1)).isEmpty()) {
                problems.addFile(file, "no demand (ε) for market (" + m.get(0) + ", " + m.get(1)
                        + ") (expected a row with product " + m.get(0) + " or *, importer " + m.get(1)
                        + " or *, exporter *)");
            }
        }
        for (List<String> s : sources) {
            if (table.supply(s.get(0), s.get(1)).isEmpty()) {
                problems.addFile(file, "no supply (η) for exporter " + s.get(1) + " of " + s.get(0)
                        + " (expected a row with product " + s.get(0) + " or *, importer *, exporter " + s.get(1)
                        + " or *)");
            }
        }
        for (Flow f : flows) {
            if (table.halfLife(f.key().product(), f.key().importer(), f.key().exporter()).isEmpty()) {
                problems.addFile(file, "no half_life_months for flow " + f.key()
                        + " (expected a row that sets it for this flow or a wildcard over it)");
            }
        }
    }
}
