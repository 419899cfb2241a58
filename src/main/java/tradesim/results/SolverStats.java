package tradesim.results;

/**
 * How the equilibrium solver fared over a run: equilibria solved, those served from the memo,
 * the largest final residual (max relative excess demand) and the most Newton iterations taken.
 */
public record SolverStats(long solves, long cacheHits, double maxResidual, int maxIterations) {

    public static final SolverStats NONE = new SolverStats(0, 0, 0.0, 0);

    public SolverStats plus(SolverStats o) {
        return new SolverStats(solves + o.solves, cacheHits + o.cacheHits, Math.max(maxResidual, o.maxResidual),
                Math.max(maxIterations, o.maxIterations));
    }
}
