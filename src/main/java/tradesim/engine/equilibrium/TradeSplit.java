package tradesim.engine.equilibrium;

import java.util.Arrays;
import java.util.Objects;

/**
 * Exact split of each source's change in one market's imports into trade creation and trade
 * diversion (docs/model.md, Trade creation and diversion): with V = Σ_s value_s and
 * share_s = value_s / V,
 * <pre>
 *   diversion_s = (share^S_s − share^B_s) · V^B,     creation_s = share^S_s (V^S − V^B),
 * </pre>
 * which add up to value^S_s − value^B_s. Domestic sales are not imports: the caller passes 0
 * for them or uses the mask overload. A market with no imports has share 0 everywhere.
 */
public final class TradeSplit {

    private final double[] creation;
    private final double[] diversion;

    private TradeSplit(double[] creation, double[] diversion) {
        this.creation = creation;
        this.diversion = diversion;
    }

    /** @param baselineImports [s] baseline import values at world prices; scenarioImports likewise */
    public static TradeSplit of(double[] baselineImports, double[] scenarioImports) {
        Objects.requireNonNull(baselineImports, "baselineImports");
        Objects.requireNonNull(scenarioImports, "scenarioImports");
        boolean[] all = new boolean[baselineImports.length];
        Arrays.fill(all, true);
        return of(baselineImports, scenarioImports, all);
    }

    /** As {@link #of(double[], double[])}, counting only sources with {@code imported[s]} (others get 0). */
    public static TradeSplit of(double[] baselineImports, double[] scenarioImports, boolean[] imported) {
        Objects.requireNonNull(baselineImports, "baselineImports");
        Objects.requireNonNull(scenarioImports, "scenarioImports");
        Objects.requireNonNull(imported, "imported");
        int n = baselineImports.length;
        if (scenarioImports.length != n || imported.length != n) {
            throw new IllegalArgumentException("baseline, scenario and mask lengths differ: "
                    + n + ", " + scenarioImports.length + ", " + imported.length);
        }
        double baseTotal = 0;
        double scenTotal = 0;
        for (int s = 0; s < n; s++) {
            if (!imported[s]) continue;
            check(baselineImports[s], "baseline", s);
            check(scenarioImports[s], "scenario", s);
            baseTotal += baselineImports[s];
            scenTotal += scenarioImports[s];
        }
        double[] creation = new double[n];
        double[] diversion = new double[n];
        for (int s = 0; s < n; s++) {
            if (!imported[s]) continue;
            double baseShare = baseTotal > 0 ? baselineImports[s] / baseTotal : 0;
            double scenShare = scenTotal > 0 ? scenarioImports[s] / scenTotal : 0;
            diversion[s] = (scenShare - baseShare) * baseTotal;
            creation[s] = scenShare * (scenTotal - baseTotal);
        }
        return new TradeSplit(creation, diversion);
    }

    private static void check(double v, String which, int s) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(which + " import value [" + s + "] must be finite and >= 0 (found " + v + ")");
        }
    }

    public int sourceCount() { return creation.length; }

    /** Trade creation for source s, USD million. */
    public double creation(int s) { return creation[s]; }

    /** Trade diversion for source s, USD million. */
    public double diversion(int s) { return diversion[s]; }
}
