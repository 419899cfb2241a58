package tradesim.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * Turns a table's CSV text into a Parquet file with DuckDB (in memory, one thread). The CSV is read
 * with the table's declared column types and no detection, so types never depend on the data and an
 * empty table still gets its full schema; one thread and insertion order make the bytes the same for
 * the same text on every run.
 */
final class ParquetConverter implements AutoCloseable {

    /** Held while standard error is swapped out, so two openings never swap it at once. */
    private static final Object STDERR = new Object();

    private final Connection connection;

    private ParquetConverter(Connection connection) {
        this.connection = connection;
    }

    static ParquetConverter open() throws IOException {
        Properties settings = new Properties();
        settings.setProperty("threads", "1");
        // Parquet and CSV are built into the driver; never fetch an extension from the network.
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("autoload_known_extensions", "false");
        Connection c = connect(settings);
        try (Statement s = c.createStatement()) {
            s.execute("SET preserve_insertion_order = true");
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IOException("cannot set up DuckDB for Parquet output: " + firstLine(e.getMessage()), e);
        }
        return new ParquetConverter(c);
    }

    /**
     * Opens an in-memory database. DuckDB's driver prints a stack trace to standard error when its
     * native library fails to load, before it throws; that text is held back here, so the user sees
     * one line saying what failed (and the stack trace only with --verbose, from the cause).
     */
    private static Connection connect(Properties settings) throws IOException {
        synchronized (STDERR) {
            PrintStream stderr = System.err;
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            try {
                return DriverManager.getConnection("jdbc:duckdb:", settings);
            } catch (SQLException | RuntimeException | LinkageError e) {
                throw new IOException("Parquet output needs DuckDB, which did not start on this machine ("
                        + rootCause(e) + "); write CSV instead with --format csv", e);
            } finally {
                System.setErr(stderr);
            }
        }
    }

    /** Writes {@code csv} (a header line, then rows) as the Parquet file {@code target}, overwriting it. */
    void convert(Path csv, TableSchema table, Path target) throws IOException {
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (TableSchema.Column c : table.columns()) columns.add(literal(c.name()) + ": " + literal(c.type().sql()));
        String sql = "COPY (SELECT * FROM read_csv(" + literal(csv.toAbsolutePath().toString())
                + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = "
                + columns + ")) TO " + literal(target.toAbsolutePath().toString())
                + " (FORMAT parquet, COMPRESSION zstd)";
        try (Statement s = connection.createStatement()) {
            s.execute("SET temp_directory = " + literal(target.toAbsolutePath().getParent().resolve(".duckdb.tmp")
                    .toString()));
            s.execute(sql);
        } catch (SQLException e) {
            throw new IOException("cannot write " + table.name() + " as Parquet: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot close DuckDB: " + firstLine(e.getMessage()), e);
        }
    }

    /** A SQL string literal. */
    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + firstLine(String.valueOf(t.getMessage()));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already failing; the first error is the one to report
        }
    }
}
