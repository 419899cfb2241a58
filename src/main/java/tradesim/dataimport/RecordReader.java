package tradesim.dataimport;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a large delimited text file one record at a time, keeping the line and column where each
 * cell starts, the way {@link tradesim.input.CsvTable} does for small files but without holding the
 * file in memory. Cells may be quoted (RFC 4180: doubled inner quotes, a line break inside quotes).
 * The delimiter is a comma, or a tab when the header has tabs and no comma (Comtrade's bulk
 * {@code .txt} files). A name ending in {@code .gz} is read through gzip. A byte order mark is dropped.
 */
final class RecordReader implements Closeable {

    /** One record: the line it starts on and its cells with their columns. */
    record Record(int line, List<String> cells, int[] columns) {
        String cell(int i) {
            return cells.get(i);
        }

        int column(int i) {
            return columns[i];
        }
    }

    /** How often, in records, the byte count is reported: often enough for a smooth bar, rarely enough to cost nothing. */
    private static final int REPORT_EVERY = 1 << 14;

    private final BufferedReader in;
    private final CountingStream counted;
    private final LongConsumer progress;
    private char delimiter = ',';
    private boolean first = true;
    private int line;
    private long records;

    private RecordReader(InputStream raw, boolean gzip, LongConsumer progress) throws IOException {
        this.counted = new CountingStream(raw);
        InputStream data = gzip ? new GZIPInputStream(counted, 1 << 16) : counted;
        this.in = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.progress = progress;
    }

    /** Opens {@code path}; {@code progress} receives the number of file bytes read so far. */
    static RecordReader open(Path path, LongConsumer progress) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            return new RecordReader(raw, path.getFileName().toString().endsWith(".gz"), progress);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** The next non-blank record, or null at the end of the file. */
    Record next() throws IOException, SyntaxError {
        String text;
        do {
            text = in.readLine();
            if (text == null) return null;
            line++;
        } while (text.isBlank());
        if (first) {
            first = false;
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            if (text.indexOf(',') < 0 && text.indexOf('\t') >= 0) delimiter = '\t';
        }
        if (++records % REPORT_EVERY == 0) progress.accept(counted.count);
        return text.indexOf('"') < 0 ? plain(text) : quoted(text);
    }

    /** A line without quotes: split at each delimiter. */
    private Record plain(String text) {
        List<String> cells = new ArrayList<>(8);
        int[] columns = new int[8];
        int start = 0;
        while (true) {
            int end = text.indexOf(delimiter, start);
            if (cells.size() == columns.length) columns = java.util.Arrays.copyOf(columns, columns.length * 2);
            columns[cells.size()] = start + 1;
            cells.add(text.substring(start, end < 0 ? text.length() : end));
            if (end < 0) break;
            start = end + 1;
        }
        return new Record(line, cells, columns);
    }

    /** A record with quoted cells, which may go on over further lines. */
    private Record quoted(String text) throws IOException, SyntaxError {
        int startLine = line;
        List<String> cells = new ArrayList<>(8);
        List<Integer> columns = new ArrayList<>(8);
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            columns.add(i + 1);
            cell.setLength(0);
            if (i < text.length() && text.charAt(i) == '"') {
                int openLine = line;
                int openCol = i + 1;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        String more = in.readLine();
                        if (more == null) {
                            throw new SyntaxError(openLine, openCol, "a quoted cell is never closed (found end of "
                                    + "file, expected a closing '\"')");
                        }
                        line++;
                        cell.append('\n');
                        text = more;
                        i = 0;
                        continue;
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.append(c);
                    i++;
                }
                if (i < text.length() && text.charAt(i) != delimiter) {
                    throw new SyntaxError(line, i + 1, "text after a closing quote (found '" + text.charAt(i)
                            + "', expected '" + (delimiter == '\t' ? "\\t" : delimiter) + "' or the end of the line)");
                }
            } else {
                while (i < text.length() && text.charAt(i) != delimiter) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        throw new SyntaxError(line, i + 1, "a quote inside an unquoted cell (expected the whole "
                                + "cell in quotes, with inner quotes doubled)");
                    }
                    cell.append(c);
                    i++;
                }
            }
            cells.add(cell.toString());
            if (i >= text.length()) break;
            i++; // the delimiter
        }
        // Cells after a multi-line cell report their column on the record's last line; close enough to find them.
        return new Record(startLine, cells, columns.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Bytes of the file read so far (compressed bytes for a .gz file). */
    long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A record the reader cannot split; line and column are where the problem is. */
    static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
