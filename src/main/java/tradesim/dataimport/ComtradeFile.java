package tradesim.dataimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;

/**
 * A UN Comtrade file, from its data API or its bulk downloads, read by column name: {@code refYear},
 * {@code reporterISO}, {@code partnerISO}, {@code flowCode}, {@code cmdCode}, {@code primaryValue}
 * (USD), {@code netWgt} (kg). Only imports as the importer reports them ({@code flowCode} M) at HS6
 * are used; partner World, totals and chapters, and the finer breakdowns some files add (second
 * partner, customs procedure, mode of transport) would count the same trade twice and are skipped.
 */
final class ComtradeFile {

    static final List<String> REQUIRED = List.of("refYear", "reporterISO", "partnerISO", "flowCode", "cmdCode",
            "primaryValue", "netWgt");
    /** Partner code of the world total. */
    static final String WORLD = "W00";

    /** Rows read but not used, by reason. */
    static final class Skipped {
        long otherFlows;
        long worldPartner;
        long notHs6;
        long breakdowns;
    }

    private ComtradeFile() {
    }

    /** Adds the M rows of {@code path} to {@code totals}; returns the number of data rows. */
    static long read(Path path, String display, TradeTotals totals, Skipped skipped, Map<String, String> names,
                     LongConsumer progress, ProblemCollector problems) {
        Map<String, Integer> at = new HashMap<>();
        return TradeFileScan.scan(path, display, new TradeFileScan.Layout() {
            @Override
            public boolean header(RecordReader.Record header, RowCells cells) {
                for (int i = 0; i < header.cells().size(); i++) at.putIfAbsent(header.cell(i).strip(), i);
                List<String> missing = new ArrayList<>();
                for (String c : REQUIRED) if (!at.containsKey(c)) missing.add(c);
                if (missing.isEmpty()) return true;
                String found = String.join(",", header.cells());
                cells.report(header.line(), 1, "wrong header: no column " + String.join(", ", missing) + " (found '"
                        + Spelling.shown(found) + "', expected Comtrade's columns " + String.join(",", REQUIRED)
                        + " in any order)");
                return false;
            }

            @Override
            public void row(RecordReader.Record r, RowCells cells) {
                if (!r.cell(at.get("flowCode")).strip().equals("M")) {
                    skipped.otherFlows++;
                    return;
                }
                if (isBreakdown(r, "partner2ISO", WORLD) || isBreakdown(r, "customsCode", "C00")
                        || isBreakdown(r, "motCode", "0")) {
                    skipped.breakdowns++;
                    return;
                }
                int year = cells.year(r, at.get("refYear"), "refYear");
                String importer = code(r, "reporterISO", cells);
                String exporter = code(r, "partnerISO", cells);
                if (WORLD.equals(exporter)) {
                    skipped.worldPartner++;
                    return;
                }
                String cmd = r.cell(at.get("cmdCode")).strip();
                if (cmd.equals("TOTAL") || (cmd.length() < 6 && cmd.chars().allMatch(Character::isDigit))) {
                    skipped.notHs6++;
                    return;
                }
                String hs6 = cells.hs6(r, at.get("cmdCode"), "cmdCode");
                double usd = cells.amount(r, at.get("primaryValue"), "primaryValue", false);
                int w = at.get("netWgt");
                double kg = cells.amount(r, w, "netWgt", true);
                boolean badWeight = Double.isNaN(kg) && !RowCells.isMissing(r.cell(w));
                if (year < 0 || importer == null || exporter == null || hs6 == null || Double.isNaN(usd) || badWeight
                        || cells.hasProblems()) {
                    return;
                }
                name(r, "reporterDesc", importer);
                name(r, "partnerDesc", exporter);
                totals.add(year, importer, exporter, hs6, usd, kg / 1000);
            }

            private boolean isBreakdown(RecordReader.Record r, String column, String total) {
                Integer i = at.get(column);
                if (i == null) return false;
                String v = r.cell(i).strip();
                return !v.isEmpty() && !v.equals(total);
            }

            private String code(RecordReader.Record r, String column, RowCells cells) {
                int i = at.get(column);
                String v = r.cell(i).strip();
                if (v.isEmpty() || v.equals("*")) {
                    cells.report(r.line(), r.column(i), "empty " + column + " cell (found '" + v + "', expected an "
                            + "ISO3 code such as USA)");
                    return null;
                }
                return v;
            }

            private void name(RecordReader.Record r, String column, String iso3) {
                Integer i = at.get(column);
                if (i != null && !names.containsKey(iso3) && !r.cell(i).isBlank()) names.put(iso3, r.cell(i).strip());
            }
        }, progress, problems);
    }
}
