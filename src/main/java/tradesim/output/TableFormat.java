package tradesim.output;

import java.util.Locale;

/** The file format of a command's tables; the columns are the same in each. */
public enum TableFormat {
    /** Text, one file per table, RFC 4180: what spreadsheets and most tools read. The default. */
    CSV,
    /**
     * Apache Parquet: typed, compressed columns, for runs too large for a spreadsheet. The values are
     * those of the CSV text, each number exactly as written with six decimals.
     */
    PARQUET;

    /** The file extension without the dot: {@code csv} or {@code parquet}; also the word on the command line. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The table's file name in this format, e.g. {@code flows.parquet}. */
    public String fileName(TableSchema table) {
        return fileName(table.name());
    }

    /** The file name of the table {@code name} in this format. */
    public String fileName(String name) {
        return name + "." + extension();
    }

    /** The format whose {@link #extension()} is {@code word}, if any. */
    public static java.util.Optional<TableFormat> of(String word) {
        for (TableFormat f : values()) if (f.extension().equals(word)) return java.util.Optional.of(f);
        return java.util.Optional.empty();
    }
}
