package tradesim.engine.constraint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Finds the wedges that make every quantity constraint of one product market in one period hold on
 * the reported flows (docs/model.md, Quantity constraints).
 *
 * <ul>
 *   <li>A purchase floor V̄ on flow (m, s): ς = 0 when the reported value without it is at least V̄;
 *       otherwise ς in (0, 0.99 (1 + t)) solves v(ς) = V̄, and w_ms = −ς.</li>
 *   <li>A quota Q̄ with covered amount V(w): unfilled, w = 0, when V(0) ≤ Q̄; over quota, w at its
 *       upper bound, when V there is still at least Q̄; binding otherwise, V(w) = Q̄.</li>
 * </ul>
 * Each one-dimensional root is found with Commons Math's {@link BrentSolver}: the reported value
 * rises with the subsidy and the covered amount falls with the quota wedge, because a lower internal
 * price of a flow raises its demand (∂ln q_ms/∂ln π_ms = −σ(1 − S) + εS < 0) and its exporter's price.
 * Several constraints are met by rounds of those one-dimensional solves, each holding the others'
 * wedges fixed, until every one holds to {@link #TOLERANCE}. They are taken in the order of their ids,
 * so the result never depends on the order in which a scenario file lists them.
 */
public final class ConstraintSolver {

    /** Each binding constraint holds to this relative error, |achieved / limit − 1|. */
    public static final double TOLERANCE = 1e-9;
    static final int MAX_ROUNDS = 200;
    private static final int MAX_EVALUATIONS = 200;

    /** What the period's reported flows are under a set of wedges [m][s] (fractions of the world price). */
    @FunctionalInterface
    public interface Response {
        ReportedFlows at(double[][] wedge);
    }

    /** A floor no subsidy below 0.99 (1 + t) reaches; {@code reachable} is the value at that subsidy. */
    public static final class UnreachableFloorException extends RuntimeException {
        private final String constraint;
        private final double floor;
        private final double reachable;

        UnreachableFloorException(String constraint, double floor, double reachable) {
            super(String.format(java.util.Locale.ROOT, "purchase commitment %s cannot be met: %.6g USD million a "
                    + "year committed, largest reachable %.6g with a subsidy of 99%% of the tariff-inclusive price",
                    constraint, floor, reachable));
            this.constraint = constraint;
            this.floor = floor;
            this.reachable = reachable;
        }

        public String constraint() { return constraint; }
        public double floor() { return floor; }
        public double reachable() { return reachable; }
    }

    /** The constraints could not all be met together (they pull against each other). */
    public static final class NoJointSolutionException extends RuntimeException {
        NoJointSolutionException(String message) {
            super(message);
        }
    }

    /**
     * The solution: {@code own[i]} is constraint i's own wedge (ς for a purchase floor, w for a quota),
     * in the order of {@link #constraints()}; {@code wedge} their sum per flow.
     */
    public record Solution(List<QuantityConstraint> constraints, double[] own, double[][] wedge,
                           ReportedFlows reported) {
    }

    private ConstraintSolver() {
    }

    /** The constraints sorted by id: the one order in which they are solved. */
    public static List<QuantityConstraint> canonicalOrder(List<QuantityConstraint> constraints) {
        List<QuantityConstraint> sorted = new ArrayList<>(constraints);
        sorted.sort(Comparator.comparing(QuantityConstraint::id));
        return List.copyOf(sorted);
    }

    /**
     * Meets every constraint, starting from {@code start} (the own wedges of the previous period, or
     * null for none), in the canonical order.
     *
     * @throws UnreachableFloorException if a purchase floor cannot be met
     * @throws NoJointSolutionException  if rounds do not settle
     */
    public static Solution solve(List<QuantityConstraint> constraints, int markets, int sources, Response response,
                                 double[] start) {
        List<QuantityConstraint> order = canonicalOrder(constraints);
        int n = order.size();
        double[] own = new double[n];
        if (start != null && start.length == n) System.arraycopy(start, 0, own, 0, n);
        Response remembered = new LastResponse(response);
        ReportedFlows last = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            for (int c = 0; c < n; c++) own[c] = solveOne(order, c, own, markets, sources, remembered);
            last = remembered.at(wedges(order, own, markets, sources));
            if (allHold(order, own, last)) {
                return new Solution(order, own, wedges(order, own, markets, sources), last);
            }
        }
        throw new NoJointSolutionException("quantity constraints " + order.stream().map(QuantityConstraint::id)
                .toList() + " did not settle in " + MAX_ROUNDS + " rounds; they pull against each other");
    }

    /** Σ of each constraint's contribution to each flow's wedge: −ς for a floor, w for a quota. */
    static double[][] wedges(List<QuantityConstraint> order, double[] own, int markets, int sources) {
        double[][] w = new double[markets][sources];
        for (int c = 0; c < order.size(); c++) order.get(c).addWedge(own[c], w);
        return w;
    }

    /**
     * Constraint c's own wedge with the others held fixed. Its gap rises with its own wedge (a larger
     * subsidy lifts the floored value; a larger quota wedge lowers the covered amount), so the root,
     * when inside the range, is bracketed by the range's ends.
     */
    private static double solveOne(List<QuantityConstraint> order, int c, double[] own, int markets, int sources,
                                   Response response) {
        double[] trial = own.clone();
        QuantityConstraint k = order.get(c);
        UnivariateFunction gap = x -> {
            trial[c] = x;
            return k.gap(response.at(wedges(order, trial, markets, sources)));
        };
        double hi = k.upperBound();
        // Try the regime the constraint was in (a quota over its limit stays there for months): one
        // evaluation settles it when it still holds.
        if (own[c] == hi && hi > 0 && k instanceof QuantityConstraint.Quota && !(gap.value(hi) > 0)) return hi;
        if (gap.value(0) >= 0) return 0;                 // slack floor, unfilled quota
        double atMax = hi == 0 ? Double.NEGATIVE_INFINITY : gap.value(hi);
        if (!(atMax > 0)) {
            if (k instanceof QuantityConstraint.PurchaseFloor p) {
                double reachable = response.at(wedges(order, trial, markets, sources)).value(p.market(), p.source());
                throw new UnreachableFloorException(p.id(), p.floorUsdM(), reachable);
            }
            return hi;                                   // over quota: the wedge stops at t_out − t_in
        }
        try {
            return new BrentSolver(1e-15, 1e-15, 1e-12).solve(MAX_EVALUATIONS, gap, 0, hi);
        } catch (MathIllegalStateException e) {
            throw new NoJointSolutionException("constraint " + k.id() + ": no root found in " + MAX_EVALUATIONS
                    + " evaluations (" + e.getMessage() + ")");
        }
    }

    /**
     * The response with its last answer remembered: the check after a round, and the next
     * constraint's first try, often ask for exactly the wedges just evaluated.
     */
    private static final class LastResponse implements Response {
        private final Response response;
        private double[][] wedge;
        private ReportedFlows answer;

        LastResponse(Response response) {
            this.response = response;
        }

        @Override
        public ReportedFlows at(double[][] w) {
            if (answer == null || !java.util.Arrays.deepEquals(w, wedge)) {
                answer = response.at(w);
                wedge = w;
            }
            return answer;
        }
    }

    private static boolean allHold(List<QuantityConstraint> order, double[] own, ReportedFlows r) {
        for (int c = 0; c < order.size(); c++) {
            if (!order.get(c).holds(own[c], r, TOLERANCE)) return false;
        }
        return true;
    }
}
