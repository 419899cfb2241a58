package tradesim.results;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A quantity constraint in one period (constraints.csv): a purchase floor or a tariff-rate quota,
 * what it asked for, what the reported flows achieved, its regime, its wedge and what it cost.
 *
 * @param constraint the trq id, or {@code purchase:<importer>:<exporter>:<product>}
 * @param kind       {@code purchase} or {@code trq}
 * @param importer   the importer, or the covered importers joined by {@code ;}
 * @param exporter   the exporter, or the covered exporters joined by {@code ;}
 * @param limit      the floor (USD million a year) or the quota (a year, in {@code unit})
 * @param achieved   the floored flow's reported value, or the covered reported amount
 * @param unit       {@code t} or {@code usd_m}
 * @param regime     {@code slack}/{@code binding} for a floor; {@code unfilled}/{@code binding}/{@code over_quota}
 * @param wedgePct   100 w: −100 ς for a floor, the quota wedge for a trq
 * @param amountUsdM the subsidy's cost ς v, or the quota rent Σ w · min(v, v_q); USD million a year
 */
public record ConstraintRow(YearMonth period, String constraint, String kind, String importer, String exporter,
                            String product, double limit, double achieved, String unit, String regime,
                            double wedgePct, double amountUsdM) {

    public ConstraintRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(regime, "regime");
    }

    /** The rows of one kind ({@code purchase} or {@code trq}) grouped by constraint, in order of first appearance. */
    public static Map<String, List<ConstraintRow>> byConstraint(List<ConstraintRow> rows, String kind) {
        Map<String, List<ConstraintRow>> out = new LinkedHashMap<>();
        for (ConstraintRow c : rows) {
            if (c.kind().equals(kind)) out.computeIfAbsent(c.constraint(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
