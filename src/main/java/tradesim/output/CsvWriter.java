package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes CSV rows: RFC 4180 quoting, LF line ends, numbers through {@link Numbers}. Text cells that
 * a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) get a
 * leading apostrophe; the lone "-" that names a path without branches is plain text and stays as it is.
 */
public final class CsvWriter {

    private final Writer out;
    /** The row being written, kept between rows. */
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];
    /** The cell text of recurring text (codes, periods, the scenario's name), up to a bound. */
    private final Map<String, String> shown = new HashMap<>();

    public CsvWriter(Writer out, List<String> header) throws IOException {
        this.out = out;
        row(header.toArray());
    }

    /** Writes one row; each cell is a String (text) or a Number (formatted with {@link Numbers}). */
    public void row(Object... cells) throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            Object c = cells[i];
            if (c instanceof Double || c instanceof Float) {
                Numbers.append(sb, ((Number) c).doubleValue());
            } else if (c instanceof Number n) {
                sb.append(n.toString());
            } else {
                sb.append(text(String.valueOf(c)));
            }
        }
        sb.append('\n');
        flush(sb);
    }

    /**
     * Writes one row of text cells followed by number cells, as {@link #row} would, without boxing:
     * the form of the tables with millions of rows.
     */
    public void textsThenNumbers(String[] texts, double... numbers) throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) sb.append(',');
            String cell = shown.get(texts[i]);
            if (cell == null) {
                cell = text(texts[i]);
                if (shown.size() < 4096) shown.put(texts[i], cell);
            }
            sb.append(cell);
        }
        for (int i = 0; i < numbers.length; i++) {
            if (texts.length + i > 0) sb.append(',');
            Numbers.append(sb, numbers[i]);
        }
        sb.append('\n');
        flush(sb);
    }

    /** Hands the row to the writer through a kept buffer, not a new string. */
    private void flush(StringBuilder sb) throws IOException {
        if (chars.length < sb.length()) chars = new char[Math.max(sb.length(), 2 * chars.length)];
        sb.getChars(0, sb.length(), chars, 0);
        out.write(chars, 0, sb.length());
    }

    static String text(String s) {
        String t = s;
        // OWASP's list: =, +, -, @, and tab or carriage return, which some spreadsheets skip first.
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !t.equals("-")) t = "'" + t;
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            t = '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }
}
