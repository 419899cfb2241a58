package tradesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tradesim.chart.FlowNames;
import tradesim.model.FlowKey;
import tradesim.model.ParameterRule;
import tradesim.results.BandRow;

/**
 * The report's tables of Monte Carlo bands: each headline flow's value percentiles in the last
 * period, and on a large dataset (whose draws give bands for totals, not every flow) the totals
 * around the headline flows: their importers' imports, their exporters' exports and their products'
 * trade. bands.csv holds the totals of every importer, exporter and product; the report shows the
 * few a reader of the headline flows needs beside them.
 */
final class BandTables {

    private BandTables() {
    }

    /** Each headline flow's value percentiles in the last period that has bands. */
    static List<Map<String, Object>> headlineRows(List<BandRow> bands, List<FlowKey> headline, FlowNames names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FlowKey k : headline) {
            lastValueBand(bands, k).ifPresent(b -> out.add(row(k + " (" + names.flow(k) + ")", b)));
        }
        return out;
    }

    /**
     * The totals of the headline flows' importers, exporters and products, in that order, that the
     * bands have; empty when the draws gave a band per flow.
     */
    static List<Map<String, Object>> totalRows(List<BandRow> bands, List<FlowKey> headline, FlowNames names) {
        String any = ParameterRule.ANY;
        Set<FlowKey> totals = new LinkedHashSet<>();
        for (FlowKey k : headline) totals.add(new FlowKey(k.importer(), any, any));
        for (FlowKey k : headline) totals.add(new FlowKey(any, k.exporter(), any));
        for (FlowKey k : headline) totals.add(new FlowKey(any, any, k.product()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (FlowKey t : totals) lastValueBand(bands, t).ifPresent(b -> out.add(row(label(t, names), b)));
        return out;
    }

    /** "Imports of Japan (JPN), all products", "Exports of …", "Beef (beef), all trade". */
    private static String label(FlowKey total, FlowNames names) {
        String any = ParameterRule.ANY;
        if (!total.importer().equals(any)) {
            return "Imports of " + names.country(total.importer()) + " (" + total.importer() + "), all products";
        }
        if (!total.exporter().equals(any)) {
            return "Exports of " + names.country(total.exporter()) + " (" + total.exporter() + "), all products";
        }
        return names.product(total.product()) + " (" + total.product() + "), all trade";
    }

    private static Optional<BandRow> lastValueBand(List<BandRow> bands, FlowKey k) {
        BandRow last = null;
        for (BandRow b : bands) {
            if (b.flow().equals(k) && b.measure().equals(BandRow.VALUE)
                    && (last == null || b.period().isAfter(last.period()))) {
                last = b;
            }
        }
        return Optional.ofNullable(last);
    }

    private static Map<String, Object> row(String label, BandRow last) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("flow", label);
        r.put("period", last.period().toString());
        r.put("p05", ReportNumbers.usd(last.p05()));
        r.put("p25", ReportNumbers.usd(last.p25()));
        r.put("p50", ReportNumbers.usd(last.p50()));
        r.put("p75", ReportNumbers.usd(last.p75()));
        r.put("p95", ReportNumbers.usd(last.p95()));
        return r;
    }
}
