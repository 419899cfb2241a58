package tradesim.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Properties of the solver over random markets (docs/model.md, The engine). */
class EquilibriumPropertyTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    record Case(ProductMarket market, PeriodState state) {
    }

    /** Equilibrium prices clear every market, checked by an independent textbook evaluation. */
    @Property(tries = 300)
    void solutionClearsEveryMarket(@ForAll("ordinary") Case c) {
        Equilibrium eq = new EquilibriumSolver().solve(c.market(), c.state());
        assertTrue(eq.maxResidual() < 1e-10, "reported residual " + eq.maxResidual());
        double[] excess = Markets.excessDemand(c.market(), c.state(), eq.price());
        for (int s = 0; s < excess.length; s++) {
            if (Double.isNaN(excess[s])) {
                assertEquals(1.0, eq.price(s), 0.0, "fixed-price exporter");
            } else {
                assertTrue(Math.abs(excess[s]) < 1e-10, "excess demand of source " + s + ": " + excess[s]);
            }
        }
        for (int m = 0; m < c.market().marketCount(); m++) {
            double[] textbook = Markets.demandIn(c.market(), c.state(), eq.price(), m);
            for (int s = 0; s < textbook.length; s++) {
                assertEquals(textbook[s], eq.quantity(m, s), 1e-11 * textbook[s] + 1e-300);
            }
        }
    }

    /**
     * With gross substitutes everywhere (σ_m > −ε_m) and the taxed source on flat supply, a higher
     * tariff on it lowers its flow into that market and raises every competitor's flow there. (A
     * lone source with ε = 0 keeps its flow: P moves one for one with its price.) The taxed source's
     * supply must be flat: with inelastic supply its world price absorbs the tariff, its delivered
     * price can end up where it was, and a competitor on flat supply need not gain (found by this
     * property with η = 0.1 for the taxed source and a rival that also sells inelastically).
     */
    @Property(tries = 200)
    void tariffRiseDivertsToCompetitors(@ForAll("substitutes") Case c,
                                        @ForAll @DoubleRange(min = 0.05, max = 1.0) double rise) {
        double[] eta = c.market().etaArray().clone();
        eta[0] = Double.POSITIVE_INFINITY;
        ProductMarket mk = c.market().withElasticities(c.market().sigmaArray().clone(),
                c.market().epsilonArray().clone(), eta);
        EquilibriumSolver solver = new EquilibriumSolver();
        Equilibrium before = solver.solve(mk, c.state());
        Equilibrium after = solver.solve(mk, c.state().withTariff(0, 0, c.state().tariff(0, 0) + rise));
        assertTrue(after.quantity(0, 0) < before.quantity(0, 0), "taxed flow falls");
        for (int s = 1; s < mk.sourceCount(); s++) {
            if (mk.baseFlow(0, s) == 0) continue;
            assertTrue(after.quantity(0, s) > before.quantity(0, s), "competitor " + s + " gains");
        }
    }

    /**
     * With every other exporter on flat supply, a tariff on source 0 in market 0 lowers p_0,
     * and each of its other flows rises: d ln q_m0 = d ln p_0 (−σ_m + (σ_m + ε_m) S_m0) and the
     * bracket is negative for ε_m < 0.
     */
    @Property(tries = 200)
    void taxedExporterSellsMoreElsewhere(@ForAll("substitutes") Case c,
                                         @ForAll @DoubleRange(min = 0.05, max = 1.0) double rise,
                                         @ForAll @DoubleRange(min = 0.1, max = 10) double eta) {
        ProductMarket given = c.market();
        int ns = given.sourceCount();
        double[] etas = Markets.filled(ns, INF);
        etas[0] = eta;
        double[] eps = new double[given.marketCount()];
        double[] sigma = new double[given.marketCount()];
        double[][] flow = new double[given.marketCount()][ns];
        double[][] tariff = new double[given.marketCount()][ns];
        for (int m = 0; m < eps.length; m++) {
            eps[m] = Math.min(given.epsilon(m), -0.05);
            sigma[m] = given.sigma(m);
            for (int s = 0; s < ns; s++) {
                flow[m][s] = given.baseFlow(m, s);
                tariff[m][s] = given.baseTariff(m, s);
            }
        }
        ProductMarket mk = Markets.market(flow, tariff, sigma, eps, etas);
        EquilibriumSolver solver = new EquilibriumSolver();
        Equilibrium before = solver.solve(mk, c.state());
        Equilibrium after = solver.solve(mk, c.state().withTariff(0, 0, c.state().tariff(0, 0) + rise));
        assertTrue(after.price(0) < before.price(0), "taxed exporter's price falls");
        for (int m = 1; m < mk.marketCount(); m++) {
            if (mk.baseFlow(m, 0) == 0) continue;
            assertTrue(after.quantity(m, 0) > before.quantity(m, 0), "sales to market " + m + " rise");
        }
    }

    /**
     * A quantity constraint's wedge on a random flow, from a 50% subsidy to a 50% surcharge: the
     * solver clears the market of the textbook model at internal price (1 + t + w) p, and the flow
     * moves against its wedge (a subsidy raises it, a surcharge lowers it).
     */
    @Property(tries = 150)
    void aWedgeClearsTheTextbookModelAndMovesItsFlowTheRightWay(@ForAll("ordinary") Case c,
                                                                @ForAll @DoubleRange(min = -0.5, max = 0.5) double w,
                                                                @ForAll @DoubleRange(min = 0, max = 1) double pick) {
        ProductMarket mk = c.market();
        int count = 0;
        for (int m = 0; m < mk.marketCount(); m++) {
            for (int s = 0; s < mk.sourceCount(); s++) if (mk.baseFlow(m, s) > 0) count++;
        }
        if (count == 0) return;
        int chosen = Math.min(count - 1, (int) (pick * count));
        int fm = -1;
        int fs = -1;
        for (int m = 0, k = 0; m < mk.marketCount(); m++) {
            for (int s = 0; s < mk.sourceCount(); s++) {
                if (mk.baseFlow(m, s) > 0 && k++ == chosen) {
                    fm = m;
                    fs = s;
                }
            }
        }
        if (c.state().tariff(fm, fs) + w <= -0.9) return;
        EquilibriumSolver solver = new EquilibriumSolver();
        Equilibrium free = solver.solve(mk, c.state());
        PeriodState wedged = c.state().withWedge(fm, fs, w);
        Equilibrium eq = solver.solve(mk, wedged);
        assertTrue(eq.maxResidual() < 1e-10);
        double[] excess = Markets.excessDemand(mk, wedged, eq.price());
        for (double e : excess) assertTrue(Double.isNaN(e) || Math.abs(e) < 1e-10, "excess demand " + e);
        double before = free.quantity(fm, fs);
        double after = eq.quantity(fm, fs);
        if (w < 0) assertTrue(after >= before * (1 - 1e-12), "a subsidy lowered the flow: " + before + " -> " + after);
        if (w > 0) assertTrue(after <= before * (1 + 1e-12), "a surcharge raised the flow: " + before + " -> " + after);
    }

    /** A source duplicated (same flows, tariffs, η and shocks) gets the same price and flows as its twin. */
    @Property(tries = 150)
    void identicalSourcesStayIdentical(@ForAll("ordinary") Case c) {
        ProductMarket given = c.market();
        PeriodState st = c.state();
        int nm = given.marketCount();
        int ns = given.sourceCount();
        double[][] flow = new double[nm][ns + 1];
        double[][] t0 = new double[nm][ns + 1];
        double[][] t1 = new double[nm][ns + 1];
        double[] sigma = new double[nm];
        double[] eps = new double[nm];
        double[] eta = new double[ns + 1];
        double[] supply = new double[ns + 1];
        for (int m = 0; m < nm; m++) {
            sigma[m] = given.sigma(m);
            eps[m] = given.epsilon(m);
            for (int s = 0; s <= ns; s++) {
                int from = s == ns ? 0 : s;
                flow[m][s] = given.baseFlow(m, from);
                t0[m][s] = given.baseTariff(m, from);
                t1[m][s] = st.tariff(m, from);
            }
        }
        for (int s = 0; s <= ns; s++) {
            int from = s == ns ? 0 : s;
            eta[s] = given.eta(from);
            supply[s] = st.supplyFactor(from);
        }
        ProductMarket mk = Markets.market(flow, t0, sigma, eps, eta);
        Equilibrium eq = new EquilibriumSolver().solve(mk, new PeriodState(t1, st.demandFactor(), supply,
                Markets.filled(ns + 1, 1.0), new double[nm][ns + 1]));
        assertEquals(eq.price(0), eq.price(ns), 1e-12 * eq.price(0));
        for (int m = 0; m < nm; m++) {
            assertEquals(eq.quantity(m, 0), eq.quantity(m, ns), 1e-12 * eq.quantity(m, 0));
        }
    }

    /** Hard but valid inputs either converge properly or raise NoConvergenceException: never NaN. */
    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void extremeInputsConvergeOrFailCleanly(@ForAll("extreme") Case c) {
        Equilibrium eq;
        try {
            eq = new EquilibriumSolver().solve(c.market(), c.state());
        } catch (NoConvergenceException e) {
            assertTrue(e.getMessage().contains(c.market().product()));
            return;
        }
        assertTrue(eq.maxResidual() < 1e-10, "reported residual " + eq.maxResidual());
        for (int s = 0; s < c.market().sourceCount(); s++) {
            assertTrue(Double.isFinite(eq.price(s)) && eq.price(s) > 0);
            assertTrue(Double.isFinite(eq.supply(s)));
        }
        for (int m = 0; m < c.market().marketCount(); m++) {
            assertTrue(Double.isFinite(eq.priceIndex(m)) && Double.isFinite(eq.expenditure(m)));
            for (int s = 0; s < c.market().sourceCount(); s++) assertTrue(Double.isFinite(eq.quantity(m, s)));
        }
        double[] excess = Markets.excessDemand(c.market(), c.state(), eq.price());
        for (double e : excess) assertTrue(Double.isNaN(e) || Math.abs(e) < 1e-9, "excess demand " + e);
    }

    /** Creation plus diversion is the change in value, source by source. */
    @Property(tries = 500)
    void creationPlusDiversionIsTheChange(@ForAll("imports") double[][] pair) {
        double[] base = pair[0];
        double[] scen = pair[1];
        TradeSplit split = TradeSplit.of(base, scen);
        double scale = 1;
        for (int s = 0; s < base.length; s++) scale = Math.max(scale, Math.max(base[s], scen[s]));
        for (int s = 0; s < base.length; s++) {
            assertEquals(scen[s] - base[s], split.creation(s) + split.diversion(s), 1e-9 * scale);
            assertTrue(Double.isFinite(split.creation(s)) && Double.isFinite(split.diversion(s)));
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Case> ordinary() {
        return cases(Arbitraries.doubles().between(-3, 4).map(e -> Math.pow(10, e)),
                Arbitraries.doubles().between(0, 3),
                Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0.5, 15)),
                Arbitraries.doubles().between(-3, 0),
                Arbitraries.oneOf(Arbitraries.just(INF), Arbitraries.doubles().between(0.1, 20)),
                false);
    }

    @Provide
    Arbitrary<Case> substitutes() {
        return cases(Arbitraries.doubles().between(-1, 3).map(e -> Math.pow(10, e)),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0.5, 12),
                Arbitraries.doubles().between(-3, 0),
                Arbitraries.oneOf(Arbitraries.just(INF), Arbitraries.doubles().between(0.1, 20)),
                true);
    }

    @Provide
    Arbitrary<Case> extreme() {
        return cases(Arbitraries.doubles().between(-9, 9).map(e -> Math.pow(10, e)),
                Arbitraries.doubles().between(0, 10),
                Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.just(50.0), Arbitraries.doubles().between(0.05, 50)),
                Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(-5, 0)),
                Arbitraries.oneOf(Arbitraries.just(INF), Arbitraries.just(0.01), Arbitraries.doubles().between(0.01, 100)),
                false);
    }

    @Provide
    Arbitrary<double[][]> imports() {
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 1e4));
        return Arbitraries.integers().between(1, 10).flatMap(n ->
                value.array(double[].class).ofSize(n).array(double[][].class).ofSize(2));
    }

    /**
     * Random products: 2–6 markets, 2–10 sources, some zero flows; the scenario state moves
     * tariffs, demand and supply. With {@code substitutes}, σ_m exceeds −ε_m and flow (0, 0)
     * is positive.
     */
    private static Arbitrary<Case> cases(Arbitrary<Double> flowSize, Arbitrary<Double> tariff, Arbitrary<Double> sigma,
                                         Arbitrary<Double> epsilon, Arbitrary<Double> eta, boolean substitutes) {
        Arbitrary<Double> flow = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)), net.jqwik.api.Tuple.of(4, flowSize));
        Arbitrary<Double> factor = Arbitraries.doubles().between(0.7, 1.4);
        return Arbitraries.integers().between(2, 6).flatMap(nm -> Arbitraries.integers().between(2, 10).flatMap(ns ->
                Combinators.combine(
                        matrix(flow, nm, ns), matrix(tariff, nm, ns), matrix(tariff, nm, ns),
                        vector(sigma, nm), vector(epsilon, nm), vector(eta, ns),
                        vector(factor, nm), vector(factor, ns))
                        .as((f, t0, t1, sg, ep, et, d, h) -> {
                            if (substitutes) {
                                // the taxed flow and at least one competitor exist
                                f[0][0] = Math.max(f[0][0], 1.0);
                                f[0][1] = Math.max(f[0][1], 1.0);
                                for (int m = 0; m < nm; m++) sg[m] = Math.max(sg[m], -ep[m] + 0.1);
                            }
                            ProductMarket mk = Markets.market(f, t0, sg, ep, et);
                            double[][] floors = new double[nm][ns];
                            PeriodState st = new PeriodState(t1, d, h, Markets.filled(ns, 1.0), floors);
                            return new Case(mk, st);
                        })));
    }

    private static Arbitrary<double[][]> matrix(Arbitrary<Double> cell, int rows, int cols) {
        return vector(cell, cols).array(double[][].class).ofSize(rows);
    }

    private static Arbitrary<double[]> vector(Arbitrary<Double> cell, int n) {
        return cell.array(double[].class).ofSize(n);
    }
}
