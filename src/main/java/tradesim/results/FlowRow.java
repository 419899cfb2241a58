package tradesim.results;

import java.time.YearMonth;
import tradesim.model.FlowKey;

/**
 * One flow in one period (DESIGN.md, Outputs: flows.csv). Values are annual rates in USD million at
 * world prices; {@code value} is the reported (partially adjusted) flow.
 */
public record FlowRow(YearMonth period, FlowKey flow, double tariffPct, double worldPrice,
                      double baselineValueUsdM, double valueUsdM, double creationUsdM, double diversionUsdM) {

    /** 100 (value / baseline − 1); 0 where the baseline is 0 (such a flow stays 0). */
    public double changePct() {
        return ChangePercent.of(valueUsdM, baselineValueUsdM);
    }
}
