package tradesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables as Parquet at the edges: no rows, awkward text, and a conversion that fails. */
class TableFilesTest {

    @TempDir
    Path tmp;

    @Test
    void anEmptyTableIsAValidParquetFileWithTheFullSchema() throws Exception {
        try (TableFiles files = TableFiles.open(TableFormat.PARQUET)) {
            files.write(tmp, SafeguardsCsv.TABLE, w -> new CsvWriter(w, SafeguardsCsv.HEADER));
        }
        List<String> described = query("DESCRIBE SELECT * FROM read_parquet('" + tmp.resolve("safeguards.parquet")
                + "')", 2);
        assertEquals(List.of("scenario VARCHAR", "path VARCHAR", "safeguard VARCHAR", "safeguard_year INTEGER",
                "triggered BOOLEAN", "trigger_period VARCHAR", "applies_from VARCHAR", "applies_until VARCHAR"),
                described);
        assertEquals(List.of("0"), query("SELECT count(*) FROM read_parquet('" + tmp.resolve("safeguards.parquet")
                + "')", 1));
    }

    @Test
    void textWithCommasQuotesAndLineBreaksArrivesAsTheCsvSaysIt() throws Exception {
        String awkward = "a, \"quoted\" word\nand a second line";
        try (TableFiles files = TableFiles.open(TableFormat.PARQUET)) {
            files.write(tmp, PathsCsv.TABLE, w -> PathsCsv.writeRows(List.of(new PathsCsv.PathLine("-", awkward, 1.0),
                    new PathsCsv.PathLine("x=y", "x: y", 0.1234565)), w));
        }
        assertEquals(List.of("-|" + awkward + "|1.0", "x=y|x: y|0.123457"),
                query("SELECT path || '|' || outcomes || '|' || probability FROM read_parquet('"
                        + tmp.resolve("paths.parquet") + "')", 1));
    }

    @Test
    void aFailedConversionLeavesNoFileAndNoStagedText() throws Exception {
        Files.writeString(tmp.resolve("paths.parquet"), "the previous file");
        try (TableFiles files = TableFiles.open(TableFormat.PARQUET)) {
            IOException e = assertThrows(IOException.class, () -> files.write(tmp, PathsCsv.TABLE,
                    w -> w.write("path,outcomes,probability\n-,no branches,not a number\n")));
            assertTrue(e.getMessage().startsWith("cannot write paths as Parquet: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("paths.parquet"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("the previous file", Files.readString(tmp.resolve("paths.parquet")));
    }

    @Test
    void csvIsWrittenAsText() throws Exception {
        TableFiles files = TableFiles.csv();
        Path written = files.write(tmp, PathsCsv.TABLE, w -> PathsCsv.writeRows(List.of(), w));
        assertEquals(tmp.resolve("paths.csv"), written);
        assertEquals("path,outcomes,probability\n", Files.readString(written));
    }

    /** The first {@code columns} columns of each result row, joined by a space. */
    private static List<String> query(String sql, int columns) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) cells.add(r.getString(i));
                out.add(String.join(" ", cells));
            }
        }
        return out;
    }
}
