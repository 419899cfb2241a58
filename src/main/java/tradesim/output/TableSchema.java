package tradesim.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table as the run folder holds it: its name (the file stem, {@code flows} for {@code flows.csv})
 * and its columns in order, each with the type a typed format such as Parquet stores it as. The CSV
 * writers fill it; the types never depend on the data, so an empty table has the same schema as a
 * full one.
 */
public record TableSchema(String name, List<Column> columns) {

    /** How a column's cells are stored where a format has types. */
    public enum Type {
        /** Codes, ids, periods ({@code YYYY-MM} or {@code YYYY}) and words; an empty cell is null. */
        TEXT("VARCHAR"),
        /** A number written with six decimals; an empty cell (no value) is null. */
        NUMBER("DOUBLE"),
        /** A year. */
        INTEGER("INTEGER"),
        /** A count that may pass 2^31, such as draws. */
        COUNT("BIGINT"),
        /** {@code true} or {@code false}. */
        BOOLEAN("BOOLEAN");

        private final String sql;

        Type(String sql) {
            this.sql = sql;
        }

        /** The SQL type (DuckDB's name) the column is read and stored as. */
        public String sql() {
            return sql;
        }
    }

    /** One column: its header name and type. */
    public record Column(String name, Type type) {
        public Column {
            if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a column name: " + name + " (expected lower_snake_case)");
            }
            if (type == null) throw new IllegalArgumentException("column " + name + " has no type");
        }
    }

    public TableSchema {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a table name: " + name + " (expected lower_snake_case)");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("table " + name + " has no columns");
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) throw new IllegalArgumentException("table " + name + " has two columns " + c.name());
        }
    }

    /** Starts a table's columns, added in order with {@link Builder#text}, {@link Builder#numbers} and so on. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The same columns under another name, such as {@code expected} with the columns of {@code flows}. */
    public TableSchema renamed(String other) {
        return new TableSchema(other, columns);
    }

    /** The column names in order: the CSV header. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** Adds columns in the order of the calls. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder text(String... names) {
            return add(Type.TEXT, names);
        }

        public Builder numbers(String... names) {
            return add(Type.NUMBER, names);
        }

        public Builder integer(String name) {
            return add(Type.INTEGER, name);
        }

        public Builder count(String name) {
            return add(Type.COUNT, name);
        }

        public Builder bool(String name) {
            return add(Type.BOOLEAN, name);
        }

        public TableSchema build() {
            return new TableSchema(name, columns);
        }

        private Builder add(Type type, String... names) {
            for (String n : names) columns.add(new Column(n, type));
            return this;
        }
    }
}
