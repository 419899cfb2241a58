package tradesim.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hostile edits of a dataset CSV, as spreadsheets and hand edits produce them: ragged rows, a BOM,
 * CRLF line ends, quoted commas, empty cells, duplicate rows (duplicate keys), numbers such as
 * {@code 1,234.5} or {@code 12%}, stray quotes, separators other than a comma.
 */
final class CsvMutator {

    static final List<String> CELLS = List.of("", " ", "\"1,234.5\"", "1,234.5", "12%", "1 234", "1.234,5", "$1234",
            "(12)", "-5", "-0", "1e400", "-1e400", "1e-400", "nan", "NaN", "inf", "-inf", "Infinity", "0x10", "1_000",
            "1e308", "0", "0.000000001", "1000000000", "\"\"", "\"a \"\"quoted\"\" word\"", "\"", "a\"b", "*", "**",
            "ROW", "JPN", "usa", "beef", "=1+2", "@SUM(A1)", "estimate", "\u00e9", "\u0000", "\ufeff", "\t", "x".repeat(5000),
            "\"multi\nline\"", "\"\r\n\"", "true", "null", "~");

    record Mutation(String description, String text) {
    }

    private final Random r;

    CsvMutator(Random r) {
        this.r = r;
    }

    Mutation mutate(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = lines.size() > 1 ? 1 + r.nextInt(lines.size() - 1) : 0;
        if (r.nextInt(8) == 0) i = 0; // the header too, sometimes
        String line = lines.get(i);
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        int c = r.nextInt(cells.size());
        switch (r.nextInt(16)) {
            case 0 -> {
                cells.remove(c);
                lines.set(i, String.join(",", cells));
                return done("drop cell " + (c + 1) + " of line " + (i + 1), lines);
            }
            case 1 -> {
                cells.add(c, pick(CELLS));
                lines.set(i, String.join(",", cells));
                return done("extra cell in line " + (i + 1), lines);
            }
            case 2 -> {
                return new Mutation("BOM", "\ufeff" + text);
            }
            case 3 -> {
                return new Mutation("CRLF", text.replace("\r\n", "\n").replace("\n", "\r\n"));
            }
            case 4, 5, 6, 7 -> {
                String v = pick(CELLS);
                cells.set(c, v);
                lines.set(i, String.join(",", cells));
                return done("cell " + (c + 1) + " of line " + (i + 1) + " = '" + ScenarioMutator.visible(v) + "'", lines);
            }
            case 8 -> {
                lines.add(i, line);
                return done("duplicate line " + (i + 1), lines);
            }
            case 9 -> {
                lines.remove(i);
                return done("delete line " + (i + 1), lines);
            }
            case 10 -> {
                String sep = pick(List.of(";", "\t", "|"));
                lines.set(i, line.replace(",", sep));
                return done("separator '" + ScenarioMutator.visible(sep) + "' in line " + (i + 1), lines);
            }
            case 11 -> {
                lines.add(i, pick(List.of("", ",,,,", "# comment", " ", "\"", ",", "a,b")));
                return done("odd line before " + (i + 1), lines);
            }
            case 12 -> {
                int j = r.nextInt(cells.size());
                String a = cells.get(c);
                cells.set(c, cells.get(j));
                cells.set(j, a);
                lines.set(i, String.join(",", cells));
                return done("swap cells " + (c + 1) + " and " + (j + 1) + " in line " + (i + 1), lines);
            }
            case 13 -> {
                return new Mutation("header only", lines.get(0) + "\n");
            }
            case 14 -> {
                cells.set(c, "\"" + cells.get(c) + ", with a comma\"");
                lines.set(i, String.join(",", cells));
                return done("quoted comma in cell " + (c + 1) + " of line " + (i + 1), lines);
            }
            default -> {
                String ch = pick(ScenarioMutator.CHARS);
                int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                lines.set(i, line.substring(0, at) + ch + line.substring(at));
                return done("insert " + ScenarioMutator.visible(ch) + " in line " + (i + 1), lines);
            }
        }
    }

    private static Mutation done(String what, List<String> lines) {
        return new Mutation(what, String.join("\n", lines));
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
