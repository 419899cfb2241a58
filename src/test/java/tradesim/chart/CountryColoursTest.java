package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryColoursTest {

    @Test
    void fixedCountriesKeepTheirColourWhateverTheDatasetOrder() {
        CountryColours a = CountryColours.of(List.of("USA", "JPN", "AUS"));
        CountryColours b = CountryColours.of(List.of("AUS", "KOR", "JPN", "USA"));
        for (String c : List.of("USA", "JPN", "AUS")) assertEquals(a.of(c), b.of(c));
        assertEquals(CountryColours.GREY, a.of("ROW"));
    }

    @Test
    void otherCountriesTakeUnusedColoursInDatasetOrder() {
        CountryColours c = CountryColours.of(List.of("USA", "KOR", "VNM", "JPN"));
        Set<Color> seen = new HashSet<>();
        for (String code : List.of("USA", "KOR", "VNM", "JPN")) seen.add(c.of(code));
        assertEquals(4, seen.size(), "four countries, four colours");
        assertNotEquals(c.of("USA"), c.of("KOR"));
        assertEquals(c.of("KOR"), CountryColours.of(List.of("USA", "KOR", "VNM", "JPN")).of("KOR"));
    }

    @Test
    void manyCountriesStillGetDistinctColoursUpToTheExtendedPalette() {
        List<String> codes = List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "B1", "B2", "B3");
        CountryColours c = CountryColours.of(codes);
        Set<Color> seen = new HashSet<>();
        for (String code : codes) seen.add(c.of(code));
        assertEquals(codes.size(), seen.size());
    }
}
