package tradesim.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tradesim.results.SafeguardRow;
import tradesim.results.TriggerFrequency;

/**
 * How many draws triggered each safeguard in each safeguard year (triggers.csv). A safeguard year
 * any draw had in force is listed, with 0 where no draw triggered it; tallies merge by addition,
 * so the result does not depend on which worker counted which draw.
 */
final class TriggerTally {

    private record Key(String safeguard, int year) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = safeguard.compareTo(o.safeguard);
            return c != 0 ? c : Integer.compare(year, o.year);
        }
    }

    private final Map<Key, Long> triggered = new TreeMap<>();

    /** Adds one draw's safeguard rows. */
    void add(List<SafeguardRow> rows) {
        for (SafeguardRow r : rows) {
            triggered.merge(new Key(r.safeguard(), r.safeguardYear()), r.triggered() ? 1L : 0L, Long::sum);
        }
    }

    void merge(TriggerTally other) {
        other.triggered.forEach((k, v) -> triggered.merge(k, v, Long::sum));
    }

    /** Each safeguard year's share of all {@code draws}, in safeguard and year order. */
    List<TriggerFrequency> frequencies(int draws) {
        List<TriggerFrequency> out = new ArrayList<>();
        triggered.forEach((k, v) -> out.add(new TriggerFrequency(k.safeguard(), k.year(), v, draws)));
        return out;
    }
}
