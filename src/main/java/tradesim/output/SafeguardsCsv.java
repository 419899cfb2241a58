package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import tradesim.model.Action;
import tradesim.results.RunResult;
import tradesim.results.SafeguardRow;

/**
 * {@code safeguards.csv}, written when the scenario has a {@code safeguard}: one row per safeguard and
 * safeguard year in the horizon. {@code applies_until} is the last period in which the snapped-back
 * rate applied; the three period cells are empty when it did not trigger.
 */
public final class SafeguardsCsv implements ResultTable {

    public static final TableSchema TABLE = TableSchema.named("safeguards")
            .text("scenario", "path", "safeguard")
            .integer("safeguard_year")
            .bool("triggered")
            .text("trigger_period", "applies_from", "applies_until")
            .build();
    public static final List<String> HEADER = TABLE.header();

    @Override
    public TableSchema table() {
        return TABLE;
    }

    @Override
    public boolean writesFor(RunResult r) {
        return r.scenario().has(Action.Safeguard.class);
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        CsvWriter t = new CsvWriter(out, HEADER);
        for (SafeguardRow s : r.safeguards()) {
            t.row(r.scenario().name(), r.pathLabel(), s.safeguard(), Integer.toString(s.safeguardYear()),
                    Boolean.toString(s.triggered()), text(s.triggerPeriod()), text(s.appliesFrom()),
                    text(s.appliesUntil()));
        }
    }

    private static String text(Optional<YearMonth> month) {
        return month.map(YearMonth::toString).orElse("");
    }
}
