package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** WCAG 2.1 relative luminance of an sRGB colour. */
    static double luminance(Color c) {
        double[] ch = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            ch[i] = ch[i] <= 0.04045 ? ch[i] / 12.92 : Math.pow((ch[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    }

    @Test
    void everyPaletteColourStandsOutOnWhite() {
        // WCAG 2.1 non-text contrast: lines and bars need 3:1 against the white background.
        for (Color c : CountryColours.palette()) {
            double ratio = 1.05 / (luminance(c) + 0.05);
            assertTrue(ratio >= 3.0, String.format("#%06X has contrast %.2f on white", c.getRGB() & 0xFFFFFF, ratio));
        }
        // And every colour a dataset's country can be given is in that palette.
        List<String> codes = List.of("USA", "JPN", "AUS", "CAN", "NZL", "EU", "MEX", "CHN", "ROW", "KOR", "VNM", "A1",
                "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9");
        CountryColours c = CountryColours.of(codes);
        for (String code : codes) assertTrue(CountryColours.palette().contains(c.of(code)), code);
    }

    @Test
    void theContrastCheckRejectsThePaleColoursItReplaced() {
        // Okabe–Ito yellow and sky blue, once Mexico's and New Zealand's colours, fail the 3:1 check.
        assertTrue(1.05 / (luminance(new Color(0xF0E442)) + 0.05) < 3.0);
        assertTrue(1.05 / (luminance(new Color(0x56B4E9)) + 0.05) < 3.0);
        assertEquals(21.0, 1.05 / (luminance(Color.BLACK) + 0.05), 1e-9);
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
