package tradesim.dataimport;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sums HS6 trade rows into flows of the groups: product by importer by exporter, the countries not
 * kept apart as {@code ROW}, one set of totals per year. Besides the value it keeps what the
 * dataset's other files need: the value and tonnes of the lines that report a quantity (unit
 * values), and the value-weighted sum of each line's tariff (import-weighted rates), bilateral and
 * MFN. Memory grows with products × countries², never with the number of rows.
 */
final class TradeTotals {

    /** What became of one row. */
    enum Outcome { KEPT, UNMATCHED_HS, OTHER_YEAR, SAME_COUNTRY }

    /** Sums over the HS6 lines of one flow (or, for the MFN rate, of one market). */
    static final class Cell {
        double valueUsd;
        double quantifiedValueUsd;
        double tonnes;
        double tariffedValueUsd;
        double tariffTimesValue;
        long lines;
        final Set<HsTariffs.Rate> rates = new LinkedHashSet<>();

        /** The import-weighted mean rate, or NaN when no line has one. */
        double weightedRatePct() {
            return tariffedValueUsd > 0 ? tariffTimesValue / tariffedValueUsd : Double.NaN;
        }

        /** USD per tonne over the lines with a quantity, or NaN when none has one. */
        double usdPerTonne() {
            return tonnes > 0 ? quantifiedValueUsd / tonnes : Double.NaN;
        }
    }

    /** The totals of one year. */
    static final class Year {
        final Map<Integer, Cell> flows = new HashMap<>();
        final Map<Integer, Cell> mfn = new HashMap<>();
        long keptRows;
        double keptValueUsd;
        long unmatchedRows;
        long sameCountryRows;
        double unmatchedValueUsd;
        /** Up to a few HS codes that matched no product, for the summary. */
        final Set<String> unmatchedExamples = new LinkedHashSet<>();
    }

    private static final int EXAMPLES = 5;

    private final ProductGroups.Lookup products;
    private final HsTariffs tariffs;
    private final Map<String, Integer> countryIndex = new HashMap<>();
    private final int countries;
    private final Integer wantedYear;
    private final Map<Integer, Year> years = new TreeMap<>();
    private final Map<Integer, Long> otherYearRows = new TreeMap<>();

    /** {@code wantedYear} null keeps every year (the caller then picks the only one). */
    TradeTotals(ProductGroups groups, HsTariffs tariffs, Integer wantedYear) {
        this.products = new ProductGroups.Lookup(groups);
        this.tariffs = tariffs;
        List<String> kept = groups.countryCodes();
        for (int i = 0; i < kept.size(); i++) countryIndex.put(kept.get(i), i);
        this.countries = kept.size() + 1;
        this.wantedYear = wantedYear;
    }

    /** The index of a country's group: its own if kept apart, else the last one, ROW. */
    int group(String iso3) {
        return countryIndex.getOrDefault(iso3, countries - 1);
    }

    int countryGroups() {
        return countries;
    }

    /** Adds one HS6 line: {@code tonnes} is NaN when the row has no quantity. */
    Outcome add(int year, String importer, String exporter, String hs6, double valueUsd, double tonnes) {
        if (wantedYear != null && year != wantedYear) {
            otherYearRows.merge(year, 1L, Long::sum);
            return Outcome.OTHER_YEAR;
        }
        Year y = years.computeIfAbsent(year, k -> new Year());
        if (importer.equals(exporter)) {
            // Re-imports in Comtrade; they are no trade between two countries, and a flow with
            // importer = exporter would read as home sales.
            y.sameCountryRows++;
            return Outcome.SAME_COUNTRY;
        }
        int product = products.productOf(hs6);
        if (product < 0) {
            y.unmatchedRows++;
            y.unmatchedValueUsd += valueUsd;
            if (y.unmatchedExamples.size() < EXAMPLES) y.unmatchedExamples.add(hs6);
            return Outcome.UNMATCHED_HS;
        }
        y.keptRows++;
        y.keptValueUsd += valueUsd;
        int imp = group(importer);
        Cell flow = y.flows.computeIfAbsent(key(product, imp, group(exporter)), k -> new Cell());
        flow.valueUsd += valueUsd;
        flow.lines++;
        if (tonnes > 0) {
            flow.quantifiedValueUsd += valueUsd;
            flow.tonnes += tonnes;
        }
        if (!tariffs.isEmpty()) {
            HsTariffs.Rate applied = tariffs.applied(importer, exporter, hs6);
            if (applied != null) {
                flow.tariffedValueUsd += valueUsd;
                flow.tariffTimesValue += valueUsd * applied.ratePct();
                flow.rates.add(applied);
            }
            HsTariffs.Rate mfn = tariffs.mfn(importer, hs6);
            if (mfn != null) {
                Cell market = y.mfn.computeIfAbsent(key(product, imp, 0), k -> new Cell());
                market.valueUsd += valueUsd;
                market.tariffedValueUsd += valueUsd;
                market.tariffTimesValue += valueUsd * mfn.ratePct();
                market.rates.add(mfn);
            }
        }
        return Outcome.KEPT;
    }

    int key(int product, int importer, int exporter) {
        return (product * countries + importer) * countries + exporter;
    }

    /** The years that had rows (other than those skipped for --year), in order. */
    Set<Integer> years() {
        return years.keySet();
    }

    Year year(int year) {
        return years.getOrDefault(year, new Year());
    }

    /** Rows skipped because their year is not the one asked for, by year. */
    Map<Integer, Long> otherYearRows() {
        return otherYearRows;
    }
}
