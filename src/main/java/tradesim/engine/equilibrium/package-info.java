/**
 * The multi-market Armington partial equilibrium of one product in one period (docs/model.md,
 * The engine; a model of the GSIM family), with its welfare measures and the creation/diversion split.
 *
 * <ul>
 *   <li>{@link tradesim.engine.equilibrium.ProductMarket}: the calibrated base (flows, tariffs,
 *       elasticities) of one product.</li>
 *   <li>{@link tradesim.engine.equilibrium.PeriodState}: what a period changes (tariffs,
 *       growth and shifts, purchase floors).</li>
 *   <li>{@link tradesim.engine.equilibrium.EquilibriumSolver}: Newton in log prices with
 *       Commons Math LU on the clearing system ({@code ClearingSystem}: demand, excess supply and
 *       Jacobian). One instance per thread.</li>
 *   <li>{@code QuantityConstraints}: the constraints of a period met together by rounds, each
 *       moving its own instrument; today the purchase commitments ({@code PurchaseFloor}, with
 *       Commons Math Brent).</li>
 *   <li>{@link tradesim.engine.equilibrium.WelfareChange},
 *       {@link tradesim.engine.equilibrium.TradeSplit}: scenario against baseline.</li>
 * </ul>
 *
 * Commons Math does not leak out of this package: its exceptions become
 * {@link tradesim.engine.equilibrium.NoConvergenceException}. Nothing here reads files, prints,
 * or keeps static mutable state.
 */
package tradesim.engine.equilibrium;
