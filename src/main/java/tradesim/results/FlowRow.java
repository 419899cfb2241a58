package tradesim.results;

import java.time.YearMonth;
import tradesim.model.FlowKey;

/**
 * One flow in one period (docs/model.md, Outputs: flows.csv). Values are annual rates in USD million at
 * world prices; {@code value} is the reported (partially adjusted) flow. {@code tariffPct} is the
 * rate in force (the in-quota rate on a quota's flow); {@code wedgePct} is 100 w, a quantity
 * constraint's wedge (−100 ς for a purchase subsidy, the quota wedge for a tariff-rate quota).
 */
public record FlowRow(YearMonth period, FlowKey flow, double tariffPct, double wedgePct, double worldPrice,
                      double baselineValueUsdM, double valueUsdM, double creationUsdM, double diversionUsdM) {

    /** A flow no quantity constraint acts on: wedge 0. */
    public FlowRow(YearMonth period, FlowKey flow, double tariffPct, double worldPrice, double baselineValueUsdM,
                   double valueUsdM, double creationUsdM, double diversionUsdM) {
        this(period, flow, tariffPct, 0.0, worldPrice, baselineValueUsdM, valueUsdM, creationUsdM, diversionUsdM);
    }

    /** 100 (value / baseline − 1); 0 where the baseline is 0 (such a flow stays 0). */
    public double changePct() {
        return ChangePercent.of(valueUsdM, baselineValueUsdM);
    }
}
