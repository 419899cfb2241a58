package tradesim.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tradesim.input.ProblemCollector;

/**
 * A CSV file read per RFC 4180 (quoted cells with commas, line breaks and doubled quotes; CRLF or
 * LF; a UTF-8 byte order mark is dropped), keeping where each cell starts so that messages can
 * point at it. Blank lines are skipped, so a trailing newline or an empty last line is fine.
 */
public final class CsvTable {

    /** Far above any dataset this tool is meant for; refusing early beats running out of memory. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    /** One cell: its text and where it starts (1-based line and character column). */
    public record Cell(String text, int line, int column) {
    }

    /** One record; {@code line} is where it starts. */
    public record Row(int line, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final String file;
    private final Row header;
    private final List<Row> rows;

    private CsvTable(String file, Row header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = List.copyOf(rows);
    }

    public String file() {
        return file;
    }

    public Row header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads and splits {@code path}; on any syntax problem adds it and returns empty. */
    public static Optional<CsvTable> read(Path path, String display, ProblemCollector problems) {
        String text;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.addFile(display, "the file is too large (found " + size + " bytes, expected at most "
                        + MAX_BYTES + ")");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            problems.addFile(display, "file not found");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.addFile(display, "not a text file (found bytes that are not UTF-8, expected UTF-8 CSV)");
            return Optional.empty();
        } catch (IOException e) {
            problems.addFile(display, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return parse(text, display, problems);
    }

    public static Optional<CsvTable> parse(String text, String display, ProblemCollector problems) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        // Spreadsheets in locales with a decimal comma save with ';' (or tabs). Say that, rather than
        // let every quoted cell and every header fail for a reason the user cannot see.
        int end = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String header = text.substring(0, end);
        if (header.indexOf(',') < 0) {
            for (char sep : new char[] {';', '\t', '|'}) {
                int at = header.indexOf(sep);
                if (at >= 0) {
                    problems.add(display, 1, at + 1, "cells are separated by '" + (sep == '\t' ? "\\t" : sep)
                            + "' (found '" + (sep == '\t' ? "\\t" : sep) + "' in the header, expected ','; save "
                            + "the sheet as CSV with commas, and '.' as the decimal point)");
                    return Optional.empty();
                }
            }
        }
        List<Row> records = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int col = 1;
        int i = 0;
        int n = text.length();
        int recordLine = 1;
        int before = problems.count();
        while (true) {
            int cellLine = line;
            int cellCol = col;
            cell.setLength(0);
            if (i < n && text.charAt(i) == '"') {
                i++;
                col++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            col += 2;
                            continue;
                        }
                        i++;
                        col++;
                        closed = true;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                        col = 1;
                    } else if (c != '\r') {
                        col++;
                    }
                    cell.append(c);
                    i++;
                }
                if (!closed) {
                    problems.add(display, cellLine, cellCol, "a quoted cell is never closed (found end of file, "
                            + "expected a closing '\"')");
                    return Optional.empty();
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    problems.add(display, line, col, "text after a closing quote (found '" + text.charAt(i)
                            + "', expected ',' or the end of the line)");
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        i++;
                        col++;
                    }
                }
            } else {
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == ',' || c == '\r' || c == '\n') break;
                    if (c == '"') {
                        problems.add(display, line, col, "a quote inside an unquoted cell (expected the whole cell "
                                + "in quotes, with inner quotes doubled)");
                    }
                    cell.append(c);
                    i++;
                    col++;
                }
            }
            cells.add(new Cell(cell.toString(), cellLine, cellCol));
            if (i < n && text.charAt(i) == ',') {
                i++;
                col++;
                continue;
            }
            // end of record: a line break or the end of the text
            boolean blank = cells.size() == 1 && cells.get(0).text().isEmpty();
            if (!blank) records.add(new Row(recordLine, cells));
            cells = new ArrayList<>();
            if (i >= n) break;
            if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            i++;
            line++;
            col = 1;
            recordLine = line;
        }
        if (problems.count() > before) return Optional.empty();
        if (records.isEmpty()) {
            problems.addFile(display, "the file is empty (expected a header line)");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(display, records.get(0), records.subList(1, records.size())));
    }
}
