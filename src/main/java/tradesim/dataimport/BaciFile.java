package tradesim.dataimport;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;

/**
 * CEPII's BACI trade file: {@code t,i,j,k,v,q}, year, exporter and importer numeric codes (see the
 * country file), HS6 code, value in thousand USD, quantity in tonnes ({@code NA} or empty when
 * unknown).
 */
final class BaciFile {

    static final List<String> HEADER = List.of("t", "i", "j", "k", "v", "q");

    private BaciFile() {
    }

    /** Adds every row of {@code path} to {@code totals}; returns the number of data rows. */
    static long read(Path path, String display, String countryFile, CountryCodes codes, TradeTotals totals,
                     LongConsumer progress, ProblemCollector problems) {
        return TradeFileScan.scan(path, display, new TradeFileScan.Layout() {
            @Override
            public boolean header(RecordReader.Record header, RowCells cells) {
                List<String> found = header.cells().stream().map(c -> c.strip().replace("\"", "")).toList();
                if (found.equals(HEADER)) return true;
                cells.report(header.line(), 1, "wrong header (found '" + Spelling.shown(String.join(",", found))
                        + "', expected '" + String.join(",", HEADER) + "', BACI's layout)");
                return false;
            }

            @Override
            public void row(RecordReader.Record r, RowCells cells) {
                int year = cells.year(r, 0, "t");
                String exporter = country(r, 1, "i", "exporter", cells);
                String importer = country(r, 2, "j", "importer", cells);
                String hs6 = cells.hs6(r, 3, "k");
                double thousandUsd = cells.amount(r, 4, "value v", false);
                double tonnes = cells.amount(r, 5, "quantity q", true);
                boolean badQuantity = Double.isNaN(tonnes) && !RowCells.isMissing(r.cell(5));
                if (year < 0 || exporter == null || importer == null || hs6 == null || Double.isNaN(thousandUsd)
                        || badQuantity || cells.hasProblems()) {
                    return; // once the file has a problem only problems are looked for
                }
                totals.add(year, importer, exporter, hs6, thousandUsd * 1000, tonnes);
            }

            private String country(RecordReader.Record r, int i, String column, String role, RowCells cells) {
                String text = r.cell(i).strip();
                String iso3 = null;
                if (!text.isEmpty() && text.length() <= 9 && text.chars().allMatch(Character::isDigit)) {
                    iso3 = codes.iso3(Integer.parseInt(text));
                }
                if (iso3 == null) {
                    cells.report(r.line(), r.column(i), "unknown " + role + " code in " + column + " (found '"
                            + Spelling.shown(text) + "', expected a country_code of " + countryFile + ")");
                }
                return iso3;
            }
        }, progress, problems);
    }
}
