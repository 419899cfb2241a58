package tradesim.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import tradesim.chart.FlowNames;
import tradesim.model.FlowKey;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.ParameterTable;
import tradesim.model.Product;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;

/**
 * The parameters a run used and where each came from: σ and ε per market, η per exporter, the
 * half-life per flow (docs/model.md, The dataset: parameters.csv), each with the rule that decided it (the scenario's
 * overrides first, then the most specific dataset row) and that rule's source.
 */
final class ParameterAssumptions {

    private ParameterAssumptions() {
    }

    static List<Map<String, Object>> rows(RunDigest digest) {
        RunResult run = digest.run();
        ParameterTable table = ParameterTable.point(run.dataset(), run.scenario());
        FlowNames names = new FlowNames(run.dataset());
        List<FlowKey> flows = digest.flows();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Product p : run.dataset().products()) {
            List<FlowKey> of = flows.stream().filter(k -> k.product().equals(p.id())).toList();
            if (of.isEmpty()) continue;
            Set<String> markets = new LinkedHashSet<>();
            Set<String> exporters = new LinkedHashSet<>();
            for (FlowKey k : of) {
                markets.add(k.importer());
                exporters.add(k.exporter());
            }
            for (String m : markets) {
                add(out, table, ParameterKind.SUBSTITUTION, p.id(), m, ParameterRule.ANY, names.product(p.id()),
                        names.country(m), "all sources");
                add(out, table, ParameterKind.DEMAND, p.id(), m, ParameterRule.ANY, names.product(p.id()),
                        names.country(m), "all sources");
            }
            for (String x : exporters) {
                add(out, table, ParameterKind.SUPPLY, p.id(), ParameterRule.ANY, x, names.product(p.id()),
                        "all markets", names.country(x));
            }
            for (FlowKey k : of) {
                add(out, table, ParameterKind.HALF_LIFE, p.id(), k.importer(), k.exporter(), names.product(p.id()),
                        names.country(k.importer()), names.country(k.exporter()));
            }
        }
        return out;
    }

    /**
     * For a run with many flows, where a line per market and per flow would run to hundreds of
     * thousands: one line per parameter and deciding rule, with how many markets, exporters or flows
     * it decides. Parameters in the order of {@link #rows}, rules in the order they first apply.
     */
    static List<Map<String, Object>> groups(RunDigest digest) {
        RunResult run = digest.run();
        ParameterTable table = ParameterTable.point(run.dataset(), run.scenario());
        Map<ParameterKind, Map<Optional<ParameterRule>, int[]>> counts = new EnumMap<>(ParameterKind.class);
        for (ParameterKind k : List.of(ParameterKind.SUBSTITUTION, ParameterKind.DEMAND, ParameterKind.SUPPLY,
                ParameterKind.HALF_LIFE)) {
            counts.put(k, new LinkedHashMap<>());
        }
        Set<List<String>> markets = new HashSet<>();
        Set<List<String>> exporters = new HashSet<>();
        for (FlowKey k : digest.flows()) {
            String p = k.product();
            if (markets.add(List.of(p, k.importer()))) {
                count(counts, table, ParameterKind.SUBSTITUTION, p, k.importer(), ParameterRule.ANY);
                count(counts, table, ParameterKind.DEMAND, p, k.importer(), ParameterRule.ANY);
            }
            if (exporters.add(List.of(p, k.exporter()))) {
                count(counts, table, ParameterKind.SUPPLY, p, ParameterRule.ANY, k.exporter());
            }
            count(counts, table, ParameterKind.HALF_LIFE, p, k.importer(), k.exporter());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((kind, byRule) -> byRule.forEach((rule, n) -> {
            OptionalDouble v = rule.map(r -> r.get(kind)).orElse(OptionalDouble.empty());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("parameter", meaning(kind));
            row.put("value", v.isPresent() ? ReportNumbers.plain(v.getAsDouble()) : "not set");
            row.put("rule", rule.map(r -> r.product() + ", " + r.importer() + ", " + r.exporter()).orElse("none"));
            row.put("appliesTo", ReportNumbers.count(n[0]) + " " + switch (kind) {
                case SUBSTITUTION, DEMAND -> n[0] == 1 ? "market (product, importer)" : "markets (product, importer)";
                case SUPPLY -> n[0] == 1 ? "exporter of a product" : "exporters of a product";
                case HALF_LIFE -> n[0] == 1 ? "flow" : "flows";
            });
            row.put("source", rule.map(ParameterRule::source).orElse("none"));
            out.add(row);
        }));
        return out;
    }

    private static void count(Map<ParameterKind, Map<Optional<ParameterRule>, int[]>> counts, ParameterTable table,
                              ParameterKind kind, String product, String importer, String exporter) {
        counts.get(kind).computeIfAbsent(table.decidingRule(kind, product, importer, exporter), r -> new int[1])[0]++;
    }

    private static void add(List<Map<String, Object>> out, ParameterTable table, ParameterKind kind, String product,
                            String importer, String exporter, String productName, String market, String source) {
        Optional<ParameterRule> rule = table.decidingRule(kind, product, importer, exporter);
        OptionalDouble v = rule.map(r -> r.get(kind)).orElse(OptionalDouble.empty());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("product", productName);
        row.put("market", market);
        row.put("exporter", source);
        row.put("parameter", meaning(kind));
        row.put("value", v.isPresent() ? ReportNumbers.plain(v.getAsDouble()) : "not set");
        row.put("rule", rule.map(r -> r.product() + ", " + r.importer() + ", " + r.exporter()).orElse("none"));
        row.put("source", rule.map(ParameterRule::source).orElse("none"));
        out.add(row);
    }

    static String meaning(ParameterKind k) {
        return switch (k) {
            case SUBSTITUTION -> "σ substitution between sources";
            case DEMAND -> "ε demand elasticity";
            case SUPPLY -> "η export supply elasticity";
            case HALF_LIFE -> "half-life of adjustment (months)";
        };
    }
}
