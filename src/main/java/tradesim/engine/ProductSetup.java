package tradesim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import tradesim.engine.equilibrium.ProductMarket;
import tradesim.engine.timeline.BaseTariffs;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.ParameterTable;

/**
 * One product's calibrated market with the bookkeeping the runner needs: the flows the dataset
 * lists (they are the rows of flows.csv), their half-lives, and every country that takes part as a
 * market or a source (the rows of welfare.csv). Markets and sources keep dataset country order.
 */
record ProductSetup(String product, int productOrder, ProductMarket market, double[][] halfLife,
                    List<Listed> listed, List<Participant> participants) {

    /** A dataset flow at [market][source], with its output order. */
    record Listed(FlowKey key, int market, int source, int importerOrder, int exporterOrder) {
    }

    /** A country in this product's world: its index as a market and as a source (-1 if not one). */
    record Participant(String code, int countryOrder, int market, int source) {
    }

    boolean isDomestic(int m, int s) {
        return market.markets().get(m).equals(market.sources().get(s));
    }

    static ProductSetup of(Dataset d, String product, List<Flow> flows, BaseTariffs tariffs, ParameterTable params) {
        List<String> markets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Country c : d.countries()) {
            String code = c.code();
            if (flows.stream().anyMatch(f -> f.key().importer().equals(code))) markets.add(code);
            if (flows.stream().anyMatch(f -> f.key().exporter().equals(code))) sources.add(code);
        }
        int nm = markets.size();
        int ns = sources.size();
        double[][] q0 = new double[nm][ns];
        double[][] t0 = new double[nm][ns];
        double[][] halfLife = new double[nm][ns];
        double[] sigma = new double[nm];
        double[] epsilon = new double[nm];
        double[] eta = new double[ns];
        List<Listed> listed = new ArrayList<>();
        for (Flow f : flows) {
            int m = markets.indexOf(f.key().importer());
            int s = sources.indexOf(f.key().exporter());
            q0[m][s] = f.valueUsdM();
            listed.add(new Listed(f.key(), m, s, d.countryIndex(f.key().importer()), d.countryIndex(f.key().exporter())));
        }
        for (int m = 0; m < nm; m++) {
            String im = markets.get(m);
            sigma[m] = required(params.substitution(product, im), ParameterKind.SUBSTITUTION, product, im, "*");
            epsilon[m] = required(params.demand(product, im), ParameterKind.DEMAND, product, im, "*");
            for (int s = 0; s < ns; s++) {
                String ex = sources.get(s);
                t0[m][s] = tariffs.ratePct(im, ex, product) / 100.0;
                halfLife[m][s] = q0[m][s] > 0.0
                        ? required(params.halfLife(product, im, ex), ParameterKind.HALF_LIFE, product, im, ex) : 0.0;
            }
        }
        for (int s = 0; s < ns; s++) {
            String ex = sources.get(s);
            double x0 = 0.0;
            for (int m = 0; m < nm; m++) x0 += q0[m][s];
            // A source with no base sales never clears a market, so its η does not matter.
            eta[s] = x0 > 0.0 ? required(params.supply(product, ex), ParameterKind.SUPPLY, product, "*", ex)
                    : params.supply(product, ex).orElse(Double.POSITIVE_INFINITY);
        }
        List<Participant> participants = new ArrayList<>();
        for (Country c : d.countries()) {
            int m = markets.indexOf(c.code());
            int s = sources.indexOf(c.code());
            if (m >= 0 || s >= 0) participants.add(new Participant(c.code(), d.countryIndex(c.code()), m, s));
        }
        ProductMarket mk = new ProductMarket(product, markets, sources, q0, t0, sigma, epsilon, eta);
        return new ProductSetup(product, d.productIndex(product), mk, halfLife, List.copyOf(listed),
                List.copyOf(participants));
    }

    /**
     * This product with the parameters of {@code params}, re-reading only the values that one of
     * {@code changed} could decide: a lookup goes to the override rules first and tries
     * (product, importer, exporter) with each slot either the query's code or {@code *}, so a
     * rule that fits none of those never decides it, and the value stays what it is here. Markets,
     * sources, base flows and tariffs, and the listed flows are the dataset's and are shared.
     *
     * @param params  this setup's parameters with {@code changed} as the newest overrides
     */
    ProductSetup withParameters(ParameterTable params, List<ParameterRule> changed) {
        int nm = market.marketCount();
        int ns = market.sourceCount();
        double[][] hl = new double[nm][];
        double[] sigma = new double[nm];
        double[] epsilon = new double[nm];
        double[] eta = new double[ns];
        String any = ParameterRule.ANY;
        for (int m = 0; m < nm; m++) {
            String im = market.markets().get(m);
            sigma[m] = decides(changed, ParameterKind.SUBSTITUTION, im, any)
                    ? required(params.substitution(product, im), ParameterKind.SUBSTITUTION, product, im, "*")
                    : market.sigma(m);
            epsilon[m] = decides(changed, ParameterKind.DEMAND, im, any)
                    ? required(params.demand(product, im), ParameterKind.DEMAND, product, im, "*")
                    : market.epsilon(m);
            hl[m] = halfLife[m].clone();
            for (int s = 0; s < ns; s++) {
                String ex = market.sources().get(s);
                if (market.baseFlow(m, s) > 0.0 && decides(changed, ParameterKind.HALF_LIFE, im, ex)) {
                    hl[m][s] = required(params.halfLife(product, im, ex), ParameterKind.HALF_LIFE, product, im, ex);
                }
            }
        }
        for (int s = 0; s < ns; s++) {
            String ex = market.sources().get(s);
            if (!decides(changed, ParameterKind.SUPPLY, any, ex)) {
                eta[s] = market.eta(s);
            } else {
                eta[s] = market.baseSupply(s) > 0.0
                        ? required(params.supply(product, ex), ParameterKind.SUPPLY, product, "*", ex)
                        : params.supply(product, ex).orElse(Double.POSITIVE_INFINITY);
            }
        }
        return new ProductSetup(product, productOrder, market.withElasticities(sigma, epsilon, eta), hl, listed,
                participants);
    }

    /** Whether some rule of {@code rules} fits a lookup of {@code kind} for (product, importer, exporter). */
    private boolean decides(List<ParameterRule> rules, ParameterKind kind, String importer, String exporter) {
        for (ParameterRule r : rules) {
            if (r.values().containsKey(kind) && fits(r.product(), product) && fits(r.importer(), importer)
                    && fits(r.exporter(), exporter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String ruleCode, String queryCode) {
        return ruleCode.equals(queryCode) || ruleCode.equals(ParameterRule.ANY);
    }

    /** Loading checks that every parameter resolves; reaching this is a bug, so say exactly what. */
    private static double required(OptionalDouble v, ParameterKind kind, String product, String importer,
                                   String exporter) {
        if (v.isEmpty()) {
            throw new IllegalStateException("no " + kind.key() + " for (" + product + ", " + importer + ", "
                    + exporter + ")");
        }
        return v.getAsDouble();
    }
}
