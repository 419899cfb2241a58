package tradesim.engine.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tradesim.model.BaseTariff;
import tradesim.model.FlowKey;
import tradesim.model.ParameterRule;

/**
 * The dataset's base-year applied rates: an exact (importer, exporter, product) row wins over the
 * importer's MFN row (exporter {@code *}); a flow with neither pays 0; domestic sales never pay.
 */
public final class BaseTariffs {

    /** Keyed by flow, the MFN rows under exporter {@code *}: a lookup builds no string. */
    private final Map<FlowKey, Double> rates = new HashMap<>();

    public BaseTariffs(List<BaseTariff> rows) {
        for (BaseTariff t : rows) rates.put(new FlowKey(t.importer(), t.exporter(), t.product()), t.ratePct());
    }

    public double ratePct(String importer, String exporter, String product) {
        if (importer.equals(exporter)) return 0.0;
        Double exact = rates.get(new FlowKey(importer, exporter, product));
        if (exact != null) return exact;
        Double mfn = rates.get(new FlowKey(importer, ParameterRule.ANY, product));
        return mfn != null ? mfn : 0.0;
    }
}
