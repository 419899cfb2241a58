package tradesim.dataset;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How well a dataset number is sourced, judged from its source cell alone.
 *
 * <ul>
 *   <li>{@link #ESTIMATE}: the cell starts with the word {@code estimate} (a method may follow);</li>
 *   <li>{@link #PRIMARY}: the cell opens with the name of a statistical publisher that compiles the
 *       number itself, listed in {@link #PRIMARY_PUBLISHERS} (a customs authority, statistics office,
 *       agriculture ministry, central bank, the WTO's tariff data or the GTAP Data Base
 *       documentation). A news page quoting that publisher qualifies only if the cell names the
 *       publisher's table first: the publisher opens the cell, the page that relays it follows;</li>
 *   <li>{@link #SECONDARY}: anything else (trade associations, news reports, papers, treaty summaries).</li>
 * </ul>
 */
public enum SourceKind {
    PRIMARY, SECONDARY, ESTIMATE;

    /** Publishers of primary statistics, as a source cell spells them at its start. */
    static final List<String> PRIMARY_PUBLISHERS = List.of(
            "USDA", "FAS", "GATS", "US Census", "U.S. Census", "Census", "USITC", "BEA",
            "Federal Reserve",
            "MOF", "Ministry of Finance", "Japan Customs", "e-Stat", "MAFF",
            "ABS", "MLA", "DFAT", "RBA",
            "Statistics Canada", "Bank of Canada", "Stats NZ",
            "WTO", "GTAP");

    private static final Pattern PRIMARY_START = Pattern.compile(
            "^(?:" + String.join("|", PRIMARY_PUBLISHERS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    /** The kind of one source cell. */
    public static SourceKind of(String source) {
        String s = source.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("estimate")) return ESTIMATE;
        return PRIMARY_START.matcher(s).find() ? PRIMARY : SECONDARY;
    }
}
