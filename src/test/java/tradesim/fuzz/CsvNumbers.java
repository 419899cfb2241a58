package tradesim.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the numeric columns of an output CSV: each cell must parse as a finite number. */
final class CsvNumbers {

    private static final Set<String> NUMERIC = Set.of("world_price", "probability", "mean", "p05", "p25", "p50",
            "p75", "p95", "frequency", "draws", "low_value", "high_value", "result_at_low", "result_at_high");

    private CsvNumbers() {
    }

    /** Null when every number is finite; otherwise where the first bad one is. */
    static String nonFinite(String text) {
        List<List<String>> rows = parse(text);
        if (rows.isEmpty()) return "empty CSV";
        List<String> header = rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                return "row " + (r + 1) + " has " + row.size() + " cells, header " + header.size();
            }
            for (int c = 0; c < row.size(); c++) {
                String h = header.get(c);
                if (!(NUMERIC.contains(h) || h.endsWith("_pct") || h.endsWith("_usd_m"))) continue;
                String cell = row.get(c);
                double v;
                try {
                    v = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    return "row " + (r + 1) + " column " + h + " is not a number: " + cell;
                }
                if (!Double.isFinite(v) || cell.matches("(?i).*(nan|inf).*")) {
                    return "row " + (r + 1) + " column " + h + " is not finite: " + cell;
                }
            }
        }
        return null;
    }

    /** RFC 4180 rows, LF or CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(ch);
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
