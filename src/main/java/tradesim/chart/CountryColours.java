package tradesim.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradesim.model.Country;
import tradesim.model.Dataset;

/**
 * One colour per country, the same in every chart of a run, built on the Okabe–Ito palette that
 * readers with the common forms of colour blindness can tell apart (Okabe and Ito 2008, "Color
 * Universal Design"). Its light members (yellow, sky blue, orange) vanish as thin lines on white, so
 * here every colour has a contrast of at least 3:1 against white (WCAG 2.1, non-text contrast):
 * orange is darkened, and yellow and sky blue give way to brown and purple. Countries of the
 * US–Japan story have fixed colours so that a reader who learns "Japan is vermillion" keeps that
 * across runs and datasets; any other country takes the next unused colour in dataset order.
 */
public final class CountryColours {

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xC47F00);
    public static final Color PURPLE = new Color(0x6A51A3);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color BROWN = new Color(0x8C510A);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** The rest of the world is background, so it is grey rather than a palette colour. */
    public static final Color GREY = new Color(0x6E6E6E);
    /** Sources grouped as "Other sources" on a share chart: a lighter grey beside the rest of the world. */
    public static final Color OTHER = new Color(0x8E8E8E);

    private static final Map<String, Color> FIXED = fixed();

    /**
     * After those run out: Paul Tol's "muted" scheme, also colour-blind safe, with its three light
     * members (teal, olive, cyan) darkened to 3:1 on white.
     */
    private static final List<Color> EXTRA = List.of(new Color(0x332288), new Color(0x117733), new Color(0x882255),
            new Color(0x2E8B7F), new Color(0x7A7A29), new Color(0xAA4499), new Color(0xCC6677), new Color(0x3D7FA6));

    /** Every colour a country or group can take, for checks that each one shows on white. */
    public static List<Color> palette() {
        List<Color> all = new ArrayList<>(List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, PURPLE, ORANGE,
                BLACK, BROWN, GREY, OTHER));
        all.addAll(EXTRA);
        return List.copyOf(all);
    }

    private final Map<String, Color> byCode;

    private CountryColours(Map<String, Color> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    private static Map<String, Color> fixed() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("USA", BLUE);
        m.put("JPN", VERMILLION);
        m.put("AUS", BLUISH_GREEN);
        m.put("CAN", REDDISH_PURPLE);
        m.put("NZL", PURPLE);
        m.put("EU", ORANGE);
        m.put("EUN", ORANGE);
        m.put("MEX", BROWN);
        m.put("CHN", BLACK);
        m.put("ROW", GREY);
        return Collections.unmodifiableMap(m);
    }

    /** Colours for every country of the dataset: the fixed table first, then dataset order. */
    public static CountryColours of(Dataset dataset) {
        return of(dataset.countries().stream().map(Country::code).toList());
    }

    /** Colours for the given country codes, in this order for those without a fixed colour. */
    public static CountryColours of(List<String> codes) {
        Map<String, Color> m = new LinkedHashMap<>();
        List<Color> free = new ArrayList<>(List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, PURPLE, ORANGE,
                BLACK, BROWN));
        for (String c : codes) {
            Color f = FIXED.get(c);
            if (f != null) {
                m.put(c, f);
                free.remove(f);
            }
        }
        free.addAll(EXTRA);
        int next = 0;
        for (String c : codes) {
            if (!m.containsKey(c)) {
                m.put(c, free.get(next % free.size()));
                next++;
            }
        }
        return new CountryColours(m);
    }

    /** The country's colour; a code the dataset does not list is grey, like the rest of the world. */
    public Color of(String code) {
        return byCode.getOrDefault(code, FIXED.getOrDefault(code, GREY));
    }
}
