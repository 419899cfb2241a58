package tradesim.model;

import java.util.Objects;

/**
 * One thing wrong with an input file, at a place in it.
 *
 * <p>Printed as {@code file:line:column: message}. Line and column are 1-based; a problem
 * that belongs to a whole file (missing, empty, too large) uses line 1, column 1.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** A problem that concerns the whole file rather than a place in it. */
    public static Problem ofFile(String file, String message) {
        return new Problem(file, 1, 1, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    /** File, then line, then column, then message: the order problems are printed in. */
    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = message.compareTo(o.message);
        return c;
    }
}
