package tradesim.engine.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tradesim.model.BaseTariff;
import tradesim.model.ParameterRule;

/**
 * The dataset's base-year applied rates: an exact (importer, exporter, product) row wins over the
 * importer's MFN row (exporter {@code *}); a flow with neither pays 0; domestic sales never pay.
 */
public final class BaseTariffs {

    private final Map<String, Double> rates = new HashMap<>();

    public BaseTariffs(List<BaseTariff> rows) {
        for (BaseTariff t : rows) rates.put(key(t.importer(), t.exporter(), t.product()), t.ratePct());
    }

    public double ratePct(String importer, String exporter, String product) {
        if (importer.equals(exporter)) return 0.0;
        Double exact = rates.get(key(importer, exporter, product));
        if (exact != null) return exact;
        Double mfn = rates.get(key(importer, ParameterRule.ANY, product));
        return mfn != null ? mfn : 0.0;
    }

    private static String key(String importer, String exporter, String product) {
        return importer + '\u0000' + exporter + '\u0000' + product;
    }
}
