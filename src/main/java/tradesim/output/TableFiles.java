package tradesim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Writer;

/**
 * Writes a command's tables in one {@link TableFormat}, each file atomically. Every table is
 * rendered as CSV text first; for Parquet that text is staged beside the target and converted, so
 * the Parquet values are exactly the numbers the CSV would say. Open one per command and close it
 * after the last table: for Parquet it holds a DuckDB connection.
 */
public final class TableFiles implements AutoCloseable {

    private final TableFormat format;
    private final ParquetConverter parquet; // null for CSV

    private TableFiles(TableFormat format, ParquetConverter parquet) {
        this.format = format;
        this.parquet = parquet;
    }

    /**
     * Tables in {@code format}. For Parquet this starts DuckDB at once, so a machine where its native
     * library does not load is told so before any work is done.
     *
     * @throws IOException when Parquet is asked for and DuckDB cannot start (one line that says so)
     */
    public static TableFiles open(TableFormat format) throws IOException {
        return new TableFiles(format, format == TableFormat.PARQUET ? ParquetConverter.open() : null);
    }

    /** Plain CSV tables: nothing to start or close. */
    public static TableFiles csv() {
        return new TableFiles(TableFormat.CSV, null);
    }

    public TableFormat format() {
        return format;
    }

    /** The table's file name in this format. */
    public String fileName(TableSchema table) {
        return format.fileName(table);
    }

    /**
     * Writes {@code table} into {@code dir} as {@link #fileName}; {@code csv} writes its CSV text,
     * header first, with the table's columns in order.
     *
     * @return the file written
     */
    public Path write(Path dir, TableSchema table, AtomicFiles.Content csv) throws IOException {
        Path target = dir.resolve(fileName(table));
        if (parquet == null) {
            AtomicFiles.write(target, csv);
            return target;
        }
        // Staged in the output folder, not /tmp: a large run's text may not fit where /tmp is small,
        // and a killed run leaves it inside the staging folder, which the next run removes.
        Path text = Files.createTempFile(target.toAbsolutePath().getParent(), "." + table.name() + ".", ".csv.tmp");
        try {
            try (Writer w = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
                csv.writeTo(w);
            }
            AtomicFiles.replace(target, tmp -> parquet.convert(text, table, tmp));
        } finally {
            Files.deleteIfExists(text);
        }
        return target;
    }

    @Override
    public void close() throws IOException {
        if (parquet != null) parquet.close();
    }
}
