package tradesim.input;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests the known word a misspelt key or id was probably meant to be: the closest by
 * optimal-string-alignment distance (Levenshtein plus adjacent transpositions), within 2 edits, or
 * 1 edit for words of up to 3 letters: two edits turn most three-letter country codes into others
 * ({@code CHN} into {@code JPN}), and such a guess misleads more than it helps.
 */
public final class Spelling {

    private static final int MAX_EDITS = 2;

    private Spelling() {
    }

    /** The closest candidate, ties broken by candidate order; case differences cost nothing extra to spot. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            // The distance is at least the difference in length: skip the table for hopeless pairs,
            // which also keeps a pasted megabyte of text from costing a megabyte-sized table per id.
            if (Math.abs(c.length() - word.length()) > MAX_EDITS) continue;
            int d = c.equalsIgnoreCase(word) ? 0 : distance(word.toLowerCase(java.util.Locale.ROOT),
                    c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null || best.equals(word)) return Optional.empty();
        int limit = Math.min(word.length() <= 3 ? 1 : MAX_EDITS, word.length() - 1);
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /**
     * User text for a message: as written up to {@link #SHOWN} characters, else its start and "...",
     * with line breaks written as \\n, so that a pasted page never becomes a page-long message.
     */
    public static String shown(String text) {
        String v = text.length() > SHOWN ? text.substring(0, SHOWN - 3) + "..." : text;
        return v.replace("\n", "\\n");
    }

    /** How much of a user's text a message repeats. */
    public static final int SHOWN = 40;

    /** " (did you mean 'x'?)" or an empty string. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Optimal string alignment distance. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
