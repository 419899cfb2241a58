package tradesim.model;

import java.util.List;

/**
 * Which countries or products an action touches: a code, a list of codes, or {@code *}.
 *
 * <p>A wildcard is stored as an empty list. Matching a wildcard against a country never
 * decides by itself whether a flow is domestic; callers exclude importer == exporter.
 */
public record Selector(List<String> codes) {

    private static final Selector ALL = new Selector(List.of());

    public Selector {
        codes = List.copyOf(codes);
    }

    public static Selector all() {
        return ALL;
    }

    public static Selector of(String... codes) {
        return new Selector(List.of(codes));
    }

    public boolean isWildcard() {
        return codes.isEmpty();
    }

    public boolean matches(String code) {
        return codes.isEmpty() || codes.contains(code);
    }

    @Override
    public String toString() {
        if (isWildcard()) return "*";
        return codes.size() == 1 ? codes.get(0) : codes.toString();
    }
}
