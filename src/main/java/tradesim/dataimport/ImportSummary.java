package tradesim.dataimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What an import did, as lines for the terminal: what was read, kept, skipped and written. */
public final class ImportSummary {

    private ImportSummary() {
    }

    public static List<String> lines(ImportedData data, DatasetFolderWriter.Written written, Path folder) {
        TradeTotals.Year y = data.totals();
        List<String> out = new ArrayList<>();
        out.add("imported " + data.name() + " (base year " + data.year() + ") into " + folder);
        out.add(f("  read:      %s from %s", rows(data.rowsRead()), data.input().label()));
        out.add(f("  kept:      %s, USD %,.1f million, in %d products x %d countries + ROW", rows(y.keptRows),
                y.keptValueUsd / 1e6, data.groups().products().size(), data.groups().countries().size()));
        out.add(f("  no group:  %s, USD %,.1f million, with an HS code in no product%s", rows(y.unmatchedRows),
                y.unmatchedValueUsd / 1e6, y.unmatchedExamples.isEmpty() ? ""
                        : " (e.g. " + String.join(", ", y.unmatchedExamples) + ")"));
        Map<Integer, Long> other = data.all().otherYearRows();
        out.add(f("  skipped:   %s of other years%s", rows(other.values().stream().mapToLong(Long::longValue).sum()),
                other.isEmpty() ? "" : " (" + other.entrySet().stream().map(e -> e.getKey() + ": "
                        + String.format(Locale.ROOT, "%,d", e.getValue())).collect(Collectors.joining(", ")) + ")"));
        if (y.sameCountryRows > 0) {
            out.add(f("  skipped:   %s with the same importer and exporter (re-imports)", rows(y.sameCountryRows)));
        }
        ComtradeFile.Skipped s = data.skipped();
        if (s != null) {
            out.add(f("  skipped:   %,d rows of other flows than M, %,d with partner World, %,d not at HS6, "
                    + "%,d finer breakdowns", s.otherFlows, s.worldPartner, s.notHs6, s.breakdowns));
        }
        out.add(f("  wrote:     dataset.yaml, flows.csv (%d flows), tariffs.csv (%d rows), unit_values.csv (%d rows), "
                + "parameters.csv (%d rows)", written.flows(), written.tariffs(), written.unitValues(),
                written.parameters()));
        List<String> empty = new ArrayList<>();
        for (int p = 0; p < data.groups().products().size(); p++) {
            boolean any = false;
            int n = data.all().countryGroups();
            for (int k = 0; k < n * n && !any; k++) any = y.flows.containsKey(data.key(p, k / n, k % n));
            if (!any) empty.add("product " + data.groups().products().get(p).id());
        }
        List<String> codes = data.countryCodes();
        for (int c = 0; c < codes.size() - 1; c++) {
            boolean any = false;
            for (int k : y.flows.keySet()) {
                int n = data.all().countryGroups();
                if (k % n == c || (k / n) % n == c) {
                    any = true;
                    break;
                }
            }
            if (!any) empty.add("country " + codes.get(c));
        }
        if (!empty.isEmpty()) out.add("  note:      no trade for " + String.join(", ", empty));
        out.add("  next:      the elasticities in parameters.csv are defaults marked estimate; replace them with "
                + "values for these products");
        return out;
    }

    private static String rows(long n) {
        return f("%,d %s", n, n == 1 ? "row" : "rows");
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
