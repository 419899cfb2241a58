package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import tradesim.model.Action;
import tradesim.results.ConstraintRow;
import tradesim.results.RunResult;

/**
 * {@code constraints.csv}, written when the scenario has a {@code purchase} or {@code trq}: one row per
 * constraint and period in which it is in force, with its limit, what the reported flows achieved,
 * its regime, wedge and cost (the subsidy's, or the quota rent).
 */
public final class ConstraintsCsv implements ResultTable {

    public static final TableSchema TABLE = TableSchema.named("constraints")
            .text("scenario", "path", "period", "constraint", "kind", "importer", "exporter", "product")
            .numbers("limit", "achieved")
            .text("unit", "regime")
            .numbers("wedge_pct", "amount_usd_m")
            .build();
    public static final List<String> HEADER = TABLE.header();

    @Override
    public TableSchema table() {
        return TABLE;
    }

    @Override
    public boolean writesFor(RunResult r) {
        return r.scenario().has(Action.Purchase.class) || r.scenario().has(Action.Trq.class);
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (ConstraintRow c : r.constraints()) {
            t.row(r.scenario().name(), r.pathLabel(), c.period().toString(), c.constraint(), c.kind(), c.importer(),
                    c.exporter(), c.product(), c.limit(), c.achieved(), c.unit(), c.regime(), c.wedgePct(),
                    c.amountUsdM());
        }
    }
}
