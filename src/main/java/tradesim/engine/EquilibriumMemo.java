package tradesim.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.EquilibriumSolver;
import tradesim.engine.equilibrium.NoConvergenceException;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.model.Scenario;
import tradesim.results.SolverStats;

/**
 * Solves the period states of a plan, remembering each equilibrium by its full input (the state,
 * per product), so periods, paths and runs that repeat a state solve it once, and a scenario state
 * equal to the baseline state reuses the baseline's equilibrium: with no events the scenario
 * equals the baseline bit for bit. Every solve starts from base prices, so an equilibrium is a
 * pure function of its input and the memo can never make a result depend on the order of work.
 * Not thread-safe.
 */
final class EquilibriumMemo {

    private final Scenario scenario;
    private final EquilibriumSolver solver = new EquilibriumSolver();
    /** [product] its states' equilibria; made on first use, since a Monte Carlo draw never needs them. */
    private final List<Map<PeriodState, Equilibrium>> byProduct;
    private long solves;
    private long cacheHits;
    private double maxResidual;
    private int maxIterations;

    EquilibriumMemo(Scenario scenario, int products) {
        this.scenario = scenario;
        this.byProduct = new ArrayList<>(Collections.nCopies(products, null));
    }

    /** The figures so far, over every plan this memo has served. */
    SolverStats stats() {
        return new SolverStats(solves, cacheHits, maxResidual, maxIterations);
    }

    /** Each distinct state's equilibrium of product {@code i}, from the memo or solved (and then remembered). */
    Equilibrium[] memoised(int i, ProductSetup ps, PathPlan.ProductPlan pp, List<YearMonth> periods) {
        Map<PeriodState, Equilibrium> memo = memoOf(i);
        Equilibrium[] eq = new Equilibrium[pp.states().length];
        for (int k = 0; k < eq.length; k++) {
            PeriodState state = pp.states()[k];
            Equilibrium e = memo.get(state);
            if (e != null) {
                cacheHits++;
            } else {
                e = solve(ps, state, periods.get(pp.firstPeriod()[k]));
                solves++;
                maxResidual = Math.max(maxResidual, e.maxResidual());
                maxIterations = Math.max(maxIterations, e.iterations());
                memo.put(state, e);
            }
            eq[k] = e;
        }
        // Every other use of a state within this path was a memo hit before plans existed.
        cacheHits += 2L * periods.size() - eq.length;
        return eq;
    }

    /**
     * How a played world of product {@code i} solves: the state it keeps for a period through the
     * memo, the trial states of a root search directly (there are many, and each is used once).
     */
    QuantityPlay.Solves solves(int i, ProductSetup ps, List<YearMonth> periods) {
        return new QuantityPlay.Solves() {
            @Override
            public Equilibrium kept(PeriodState state, int t) {
                Equilibrium e = memoOf(i).get(state);
                if (e != null) {
                    cacheHits++;
                    return e;
                }
                return keep(counted(ps, state, periods.get(t)), state, t);
            }

            @Override
            public Equilibrium trial(PeriodState state, int t) {
                return counted(ps, state, periods.get(t));
            }

            @Override
            public Equilibrium keep(Equilibrium solved, PeriodState state, int t) {
                Equilibrium known = memoOf(i).putIfAbsent(state, solved);
                return known != null ? known : solved;
            }
        };
    }

    /** Product i's memo, made on first use. */
    private Map<PeriodState, Equilibrium> memoOf(int i) {
        Map<PeriodState, Equilibrium> memo = byProduct.get(i);
        if (memo == null) {
            memo = new HashMap<>();
            byProduct.set(i, memo);
        }
        return memo;
    }

    private Equilibrium counted(ProductSetup ps, PeriodState state, YearMonth period) {
        Equilibrium e = solve(ps, state, period);
        solves++;
        maxResidual = Math.max(maxResidual, e.maxResidual());
        maxIterations = Math.max(maxIterations, e.iterations());
        return e;
    }

    /**
     * Solves for one Monte Carlo draw's played world: kept states once each within the draw, trial
     * states directly; nothing is remembered beyond the draw. It counts its solves and the kept
     * states it found already solved, for the draws' solver figures in run.json.
     */
    DrawSolves draw(ProductSetup ps, List<YearMonth> periods) {
        return new DrawSolves(ps, periods);
    }

    /** The solves of one draw's played worlds. */
    final class DrawSolves implements QuantityPlay.Solves {
        private final ProductSetup ps;
        private final List<YearMonth> periods;
        private final Map<PeriodState, Equilibrium> local = new HashMap<>();
        // The plan's own states come back period after period as the same objects: found by identity
        // first, without hashing their arrays.
        private final Map<PeriodState, Equilibrium> planned = new java.util.IdentityHashMap<>();
        long solved;
        long hits;

        DrawSolves(ProductSetup ps, List<YearMonth> periods) {
            this.ps = ps;
            this.periods = periods;
        }

        @Override
        public Equilibrium kept(PeriodState state, int t) {
            Equilibrium e = planned.get(state);
            if (e == null) e = local.get(state);
            if (e != null) {
                hits++;
            } else {
                e = keep(trial(state, t), state, t);
            }
            planned.put(state, e);
            return e;
        }

        @Override
        public Equilibrium trial(PeriodState state, int t) {
            solved++;
            return solve(ps, state, periods.get(t));
        }

        @Override
        public Equilibrium keep(Equilibrium solved, PeriodState state, int t) {
            Equilibrium known = local.putIfAbsent(state, solved);
            return known != null ? known : solved;
        }
    }

    /** Each distinct state's equilibrium, solved here without consulting or filling the memo. */
    Equilibrium[] solveEach(ProductSetup ps, PathPlan.ProductPlan pp, List<YearMonth> periods) {
        Equilibrium[] eq = new Equilibrium[pp.states().length];
        for (int k = 0; k < eq.length; k++) eq[k] = solve(ps, pp.states()[k], periods.get(pp.firstPeriod()[k]));
        return eq;
    }

    private Equilibrium solve(ProductSetup ps, PeriodState state, YearMonth period) {
        try {
            return solver.solve(ps.market(), state, null);
        } catch (NoConvergenceException e) {
            throw new SimulationException("scenario " + scenario.name() + ", product " + ps.product()
                    + ", period " + period + ": " + e.getMessage(), e);
        }
    }
}
