package tradesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowKeyHashTest {

    /** The country codes of a 100-country import (three letters each) and ROW. */
    private static List<String> countries() {
        List<String> codes = new ArrayList<>(List.of("USA", "CHN", "CAN", "MEX", "DEU", "JPN", "KOR", "BRA"));
        for (int c = 8; c < 100; c++) codes.add("X" + (char) ('A' + c / 26 % 26) + (char) ('A' + c % 26));
        codes.add("ROW");
        return codes;
    }

    @Test
    void keysOfALargeImportSpreadOverDistinctHashes() {
        // The record's default hash gives these 510,050 keys only 80,590 distinct values, so hash
        // sets of them degrade to long probe chains; ask for almost all of them distinct.
        List<String> codes = countries();
        Set<Integer> hashes = new HashSet<>();
        int keys = 0;
        for (String importer : codes) {
            for (String exporter : codes) {
                for (int p = 1; p <= 50; p++) {
                    hashes.add(new FlowKey(importer, exporter, String.format("g%02d", p)).hashCode());
                    keys++;
                }
            }
        }
        assertEquals(510_050, keys);
        assertTrue(hashes.size() >= 0.999 * keys, hashes.size() + " distinct hashes for " + keys + " keys");
    }

    @Test
    void equalKeysHashAlike() {
        FlowKey a = new FlowKey("JPN", "USA", "beef");
        FlowKey b = new FlowKey(new String("JPN"), new String("USA"), new String("beef"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }
}
