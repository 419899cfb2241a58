package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.input.CsvTable;
import tradesim.input.ProblemCollector;

/**
 * {@code --format parquet}, black-box: each command that writes tables writes the same tables as
 * Parquet, read back here through DuckDB and compared cell by cell with the CSV of the same command,
 * and nothing else changes. The CSV side is pinned by GoldenOutputTest.
 */
class ParquetOutputTest {

    private static final String RICH = "src/test/resources/scenarios/rich.yaml";
    private static final String OBSERVED = "src/test/resources/backtest/observed-tiny.csv";
    private static final Pattern FILE_ENTRY = Pattern.compile("\"([^\"]+)\": \"([0-9a-f]{64})\"");

    @TempDir
    Path tmp;

    @Test
    void aRunWithDrawsWritesEveryTableAsParquetWithTheCsvValues() throws Exception {
        // rich.yaml has a purchase, a quota and a safeguard, so with draws the run writes all ten tables
        String[] run = {"run", RICH, "--quiet", "--draws", "20", "--seed", "7"};
        Path csv = ok(tmp.resolve("csv"), run);
        Path parquet = ok(tmp.resolve("parquet"), run, "--format", "parquet");

        List<String> tables = assertSameTables(csv, parquet);
        assertEquals(List.of("annual", "bands", "bands_annual", "constraints", "flows", "path_frequency", "paths",
                "safeguards", "triggers", "welfare"), tables);

        Map<String, String> listed = runJsonFiles(parquet);
        for (String t : tables) assertEquals(sha256(parquet.resolve(t + ".parquet")), listed.get(t + ".parquet"), t);
        assertTrue(listed.keySet().stream().noneMatch(n -> n.endsWith(".csv")), listed.keySet().toString());
        assertTrue(listed.containsKey("report.html") && listed.containsKey("timeline.png"), listed.keySet().toString());

        String report = Files.readString(parquet.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("annual.parquet") && !report.contains("annual.csv"), "the report names the files");
    }

    @Test
    void theSameInputGivesByteIdenticalParquetFiles() throws Exception {
        String[] paths = {"paths", RICH, "--quiet", "--format", "parquet"};
        Path first = ok(tmp.resolve("first"), paths);
        Path second = ok(tmp.resolve("second"), paths);
        List<String> files = names(first, ".parquet");
        assertEquals(List.of("expected.parquet", "expected_annual.parquet", "expected_welfare.parquet",
                "paths.parquet"), files);
        for (String f : files) assertEquals(sha256(first.resolve(f)), sha256(second.resolve(f)), f);
    }

    @Test
    void everyOtherCommandThatWritesTablesWritesThemAsParquet() throws Exception {
        List<String[]> commands = List.of(
                new String[] {"paths", RICH, "--quiet"},
                new String[] {"sensitivity", RICH},
                new String[] {"compare", RICH, "--path", "s232=exempt", "--path", "s232=imposed"},
                new String[] {"backtest", RICH, "--observed", OBSERVED});
        for (String[] command : commands) {
            Path csv = ok(tmp.resolve(command[0] + "-csv"), command);
            Path parquet = ok(tmp.resolve(command[0] + "-parquet"), command, "--format", "parquet");
            assertFalse(assertSameTables(csv, parquet).isEmpty(), command[0]);
        }
        String compare = Files.readString(tmp.resolve("compare-parquet/compare.html"), StandardCharsets.UTF_8);
        assertTrue(compare.contains("href=\"compare.parquet\""), "compare.html links the file written");
    }

    @Test
    void switchingFormatInOneFolderLeavesOnlyTheNewFormatsTables() throws Exception {
        Path dir = tmp.resolve("switch");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("my-notes.csv"), "kept\n");
        ok(dir, new String[] {"paths", RICH, "--quiet"}, "--format", "parquet");
        ok(dir, new String[] {"paths", RICH, "--quiet"});
        assertEquals(List.of(), names(dir, ".parquet"));
        assertEquals(List.of("expected.csv", "expected_annual.csv", "expected_welfare.csv", "my-notes.csv",
                "paths.csv"), names(dir, ".csv"));
        ok(dir, new String[] {"paths", RICH, "--quiet"}, "--format", "parquet");
        assertEquals(List.of("my-notes.csv"), names(dir, ".csv"));
        assertEquals(4, names(dir, ".parquet").size());
    }

    @Test
    void columnsKeepTheirTypesWhateverTheData() throws Exception {
        Path dir = ok(tmp.resolve("types"), new String[] {"run", RICH, "--quiet", "--draws", "5", "--seed", "1"},
                "--format", "parquet");
        Map<String, String> flows = columnTypes(dir.resolve("flows.parquet"));
        assertEquals("VARCHAR", flows.get("period"));
        assertEquals("VARCHAR", flows.get("importer"));
        assertEquals("DOUBLE", flows.get("value_usd_m"));
        assertEquals("DOUBLE", flows.get("wedge_pct")); // zero in most rows: still a double
        Map<String, String> safeguards = columnTypes(dir.resolve("safeguards.parquet"));
        assertEquals("INTEGER", safeguards.get("safeguard_year"));
        assertEquals("BOOLEAN", safeguards.get("triggered"));
        assertEquals("VARCHAR", safeguards.get("trigger_period")); // empty in years it did not trigger
        assertEquals("VARCHAR", columnTypes(dir.resolve("annual.parquet")).get("period")); // a year, as in flows
        assertEquals("BIGINT", columnTypes(dir.resolve("path_frequency.parquet")).get("draws"));
    }

    @Test
    void anUnknownFormatIsBadInputNamingTheValidOnes() {
        Path dir = tmp.resolve("xlsx");
        Cli.Result r = Cli.run("run", RICH, "--quiet", "--format", "xlsx", "--out", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("--format") && r.err().contains("csv") && r.err().contains("parquet")
                && r.err().contains("xlsx"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir));
    }

    @Test
    void withoutDuckDbsNativeLibraryParquetFailsInOneLineBeforeAnyWork() throws Exception {
        // DuckDB picks its library by os.arch; there is none for this one, as on an unsupported machine
        Path dir = tmp.resolve("no-duckdb");
        Child parquet = child("-Dos.arch=sparc", "run", RICH, "--quiet", "--format", "parquet", "--out",
                dir.toString());
        assertEquals(ExitCode.RUN_FAILED, parquet.exit(), parquet.output());
        List<String> lines = parquet.output().lines().toList();
        assertEquals(1, lines.size(), parquet.output());
        assertTrue(lines.get(0).startsWith("tradesim run: ") && lines.get(0).contains("Parquet")
                && lines.get(0).contains("--format csv"), lines.get(0));
        assertFalse(Files.exists(dir), "nothing written");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Runs {@code args} then {@code more} with {@code --out dir}; asserts exit 0. */
    private static Path ok(Path dir, String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        all.addAll(List.of("--out", dir.toString()));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.exit(), String.join(" ", all) + "\n" + r.err());
        return dir;
    }

    /**
     * The CSV folder's tables are the Parquet folder's, with no CSV table in the latter, and each
     * Parquet file holds its CSV's columns in order and its rows in order: numbers equal to the CSV's
     * text parsed as a double, text equal, an empty cell null. Returns the table names.
     */
    private static List<String> assertSameTables(Path csvDir, Path parquetDir) throws IOException, SQLException {
        List<String> tables = names(csvDir, ".csv").stream().map(n -> n.substring(0, n.length() - 4)).toList();
        List<String> parquet = names(parquetDir, ".parquet").stream()
                .map(n -> n.substring(0, n.length() - ".parquet".length())).toList();
        assertEquals(tables, parquet);
        assertEquals(List.of(), names(parquetDir, ".csv"));
        assertEquals(names(csvDir, ".html"), names(parquetDir, ".html"));
        assertEquals(names(csvDir, ".png"), names(parquetDir, ".png"));
        for (String t : tables) assertSameTable(csvDir.resolve(t + ".csv"), parquetDir.resolve(t + ".parquet"));
        return tables;
    }

    private static void assertSameTable(Path csv, Path parquet) throws SQLException {
        ProblemCollector problems = new ProblemCollector();
        CsvTable table = CsvTable.read(csv, csv.toString(), problems).orElseThrow(() ->
                new AssertionError(problems.list().toString()));
        String where = parquet.getFileName().toString();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM read_parquet('" + parquet.toAbsolutePath() + "')")) {
            ResultSetMetaData m = r.getMetaData();
            List<String> header = table.header().cells().stream().map(CsvTable.Cell::text).toList();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) columns.add(m.getColumnName(i));
            assertEquals(header, columns, where);
            int row = 0;
            while (r.next()) {
                assertTrue(row < table.rows().size(), where + ": more rows than the CSV");
                List<CsvTable.Cell> cells = table.rows().get(row).cells();
                for (int i = 0; i < header.size(); i++) {
                    String text = cells.get(i).text();
                    Object value = r.getObject(i + 1);
                    String at = where + " row " + (row + 1) + " " + header.get(i);
                    if (text.isEmpty()) {
                        assertNull(value, at);
                    } else if (value instanceof Double d) {
                        assertEquals(Double.parseDouble(text), d.doubleValue(), 0.0, at);
                    } else if (value instanceof Integer || value instanceof Long) {
                        assertEquals(Long.parseLong(text), ((Number) value).longValue(), at);
                    } else if (value instanceof Boolean b) {
                        assertEquals(text, b.toString(), at);
                    } else {
                        assertEquals(text, value, at);
                    }
                }
                row++;
            }
            assertEquals(table.rows().size(), row, where + ": rows");
        }
    }

    private static Map<String, String> columnTypes(Path parquet) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet.toAbsolutePath() + "')")) {
            while (r.next()) out.put(r.getString("column_name"), r.getString("column_type"));
        }
        return out;
    }

    private static List<String> names(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    private static Map<String, String> runJsonFiles(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Matcher m = FILE_ENTRY.matcher(Files.readString(dir.resolve("run.json"), StandardCharsets.UTF_8));
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Child(int exit, String output) {
    }

    /** {@code tradesim args...} in a child JVM with one system property set, its stdout and stderr together. */
    private Child child(String property, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", property, "tradesim.cli.Main"));
        cmd.addAll(List.of(args));
        Path log = tmp.resolve("child.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child run ended");
        return new Child(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
