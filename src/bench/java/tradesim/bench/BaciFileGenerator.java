package tradesim.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a BACI-shaped input for timing {@code tradesim data import}: 200 countries, 5,000 HS6 codes,
 * about 2 million sparse flows of one year (BACI holds roughly 10 million a year), with the country
 * file, a groups file and an HS tariff file beside it. Seeded, so every run writes the same bytes.
 *
 * <p>For the run-at-scale measurements it also writes {@code groups-N.yaml} for N = 50 and 100
 * countries kept apart with 50 product groups (HS chapters in pairs), and {@code scale-N.yaml}, a
 * yearly 2018–2030 scenario on the dataset imported from it into {@code OUT_DIR/dataset-N}: the
 * United States adds 25 points on every product from China, and Japan phases every tariff to 0
 * over five years. A smaller SKEW (default 2.5) spreads the rows over more country pairs.
 *
 * <pre>
 * java -cp target/benchmarks.jar tradesim.bench.BaciFileGenerator OUT_DIR [ROWS] [SEED] [SKEW]
 * ./tradesim data import --name bench --out OUT_DIR/dataset --groups OUT_DIR/groups.yaml \
 *     --baci OUT_DIR/baci.csv --countries OUT_DIR/countries.csv --tariffs OUT_DIR/tariffs.csv
 * ./tradesim data import --name scale-100 --out OUT_DIR/dataset-100 --groups OUT_DIR/groups-100.yaml \
 *     --baci OUT_DIR/baci.csv --countries OUT_DIR/countries.csv --tariffs OUT_DIR/tariffs.csv
 * ./tradesim run OUT_DIR/scale-100.yaml --out OUT_DIR/run-100
 * </pre>
 */
public final class BaciFileGenerator {

    static final int COUNTRIES = 200;
    static final int HS_CODES = 5_000;
    static final int YEAR = 2017;
    /** Real codes for the countries the groups file keeps apart, so the output reads like a real case. */
    private static final String[][] NAMED = {
            {"842", "USA", "US", "United States"}, {"156", "CHN", "CN", "China"}, {"124", "CAN", "CA", "Canada"},
            {"484", "MEX", "MX", "Mexico"}, {"276", "DEU", "DE", "Germany"}, {"392", "JPN", "JP", "Japan"},
            {"410", "KOR", "KR", "Korea, Rep."}, {"76", "BRA", "BR", "Brazil"}};
    private static final String[] CHAPTERS = {"02", "10", "39", "61", "72", "73", "76", "84", "85", "87"};

    private BaciFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BaciFileGenerator OUT_DIR [ROWS (default 2000000)] [SEED (default 1)]"
                    + " [SKEW (default 2.5)]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000L;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        double skew = args.length > 3 ? Double.parseDouble(args[3]) : 2.5;
        Files.createDirectories(out);
        Random random = new Random(seed);
        int[] codes = countryFile(out.resolve("countries.csv"));
        List<String> hs = hsCodes(random);
        long written = tradeFile(out.resolve("baci.csv"), codes, hs, rows, random, skew);
        Files.writeString(out.resolve("groups.yaml"), groups(), StandardCharsets.UTF_8);
        for (int kept : new int[] {50, 100}) {
            Files.writeString(out.resolve("groups-" + kept + ".yaml"), scaleGroups(kept), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("scale-" + kept + ".yaml"), scaleScenario(kept), StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("tariffs.csv"), tariffs(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "wrote %s: %,d rows, %d countries, %d HS6 codes%n", out.resolve("baci.csv"),
                written, COUNTRIES, HS_CODES);
    }

    /** The country file; returns the numeric codes in order. */
    private static int[] countryFile(Path file) throws IOException {
        int[] codes = new int[COUNTRIES];
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("country_code,country_name,country_iso2,country_iso3\n");
            for (int c = 0; c < COUNTRIES; c++) {
                if (c < NAMED.length) {
                    codes[c] = Integer.parseInt(NAMED[c][0]);
                    w.write(NAMED[c][0] + ",\"" + NAMED[c][3] + "\"," + NAMED[c][2] + "," + NAMED[c][1] + "\n");
                } else {
                    codes[c] = 1000 + c; // clear of the real codes above
                    String iso3 = "X" + (char) ('A' + c / 26 % 26) + (char) ('A' + c % 26);
                    w.write(codes[c] + ",Country " + c + ",X" + (char) ('A' + c % 26) + "," + iso3 + "\n");
                }
            }
        }
        return codes;
    }

    /** 5,000 distinct HS6 codes, about a tenth in the chapters the groups file names. */
    private static List<String> hsCodes(Random random) {
        Set<String> seen = new HashSet<>();
        List<String> codes = new ArrayList<>();
        while (codes.size() < HS_CODES) {
            String chapter = random.nextInt(10) == 0 ? CHAPTERS[random.nextInt(CHAPTERS.length)]
                    : String.format(Locale.ROOT, "%02d", 1 + random.nextInt(97));
            String code = chapter + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
            if (seen.add(code)) codes.add(code);
        }
        return codes;
    }

    /**
     * About {@code rows} rows: each HS code gets its share of distinct (exporter, importer) pairs, big
     * countries drawn more often, values and tonnes log-normal, one quantity in twenty missing (NA).
     */
    private static long tradeFile(Path file, int[] codes, List<String> hs, long rows, Random random, double skew)
            throws IOException {
        long written = 0;
        long perCode = Math.max(1, rows / hs.size());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            w.write("t,i,j,k,v,q\n");
            Set<Long> pairs = new HashSet<>();
            for (String k : hs) {
                pairs.clear();
                while (pairs.size() < perCode) {
                    int i = skewed(random, skew);
                    int j = skewed(random, skew);
                    if (i == j || !pairs.add((long) i * COUNTRIES + j)) continue;
                    double v = Math.exp(4 + 2.5 * random.nextGaussian()); // thousand USD
                    String q = random.nextInt(20) == 0 ? "NA"
                            : String.format(Locale.ROOT, "%.3f", v / Math.exp(0.5 + random.nextGaussian()));
                    w.write(YEAR + "," + codes[i] + "," + codes[j] + "," + k + ","
                            + String.format(Locale.ROOT, "%.3f", v) + "," + q + "\n");
                    written++;
                }
            }
        }
        return written;
    }

    /** A country index, the first ones (the big economies) drawn far more often than the last. */
    private static int skewed(Random random, double skew) {
        return (int) Math.min(COUNTRIES - 1, Math.floor(COUNTRIES * Math.pow(random.nextDouble(), skew)));
    }

    /** The first {@code kept} countries kept apart, and 50 groups: HS chapters 01–94 in pairs, then 95, 96, 97. */
    private static String scaleGroups(int kept) {
        StringBuilder b = new StringBuilder("countries: [");
        for (int c = 0; c < kept; c++) {
            b.append(c == 0 ? "" : ", ").append(c < NAMED.length ? NAMED[c][1]
                    : "X" + (char) ('A' + c / 26 % 26) + (char) ('A' + c % 26));
        }
        b.append("]\nproducts:\n");
        for (int g = 0; g < 50; g++) {
            List<String> chapters = g < 47
                    ? List.of(String.format(Locale.ROOT, "%02d", 2 * g + 1), String.format(Locale.ROOT, "%02d", 2 * g + 2))
                    : List.of(String.valueOf(95 + g - 47));
            b.append(String.format(Locale.ROOT, "  g%02d: {name: HS chapters %s, hs: [\"%s\"]}%n", g + 1,
                    String.join("-", chapters), String.join("\", \"", chapters)));
        }
        return b.toString();
    }

    private static String scaleScenario(int kept) {
        return "name: scale-" + kept + "\n"
                + "title: Synthetic scale test, " + kept + " countries kept apart\n"
                + "description: >-\n"
                + "  The United States adds 25 points on every product from China; Japan phases every\n"
                + "  tariff to 0 over five years. On synthetic BACI-shaped data, for timing only.\n"
                + "dataset: ./dataset-" + kept + "\n"
                + "horizon: {start: 2018-01, end: 2030-12, step: year}\n"
                + "events:\n"
                + "  - id: s301\n"
                + "    date: 2019-01-01\n"
                + "    label: USA adds 25 points on CHN\n"
                + "    actions:\n"
                + "      - tariff: {importer: USA, exporter: CHN, product: '*'}\n"
                + "        add: 25\n"
                + "  - id: jpn_free\n"
                + "    date: 2019-01-01\n"
                + "    label: JPN phases its tariffs to zero\n"
                + "    actions:\n"
                + "      - tariff: {importer: JPN, exporter: '*', product: '*'}\n"
                + "        phase: {to: 0, years: 5}\n";
    }

    private static String groups() {
        StringBuilder b = new StringBuilder("countries: [");
        for (int c = 0; c < NAMED.length; c++) b.append(c == 0 ? "" : ", ").append(NAMED[c][1]);
        b.append("]\nproducts:\n");
        for (String ch : CHAPTERS) b.append("  hs").append(ch).append(": {name: HS chapter ").append(ch)
                .append(", hs: [\"").append(ch).append("\"]}\n");
        return b.toString();
    }

    private static String tariffs() {
        StringBuilder b = new StringBuilder("importer,exporter,hs,rate_pct,regime,source\n");
        for (String[] c : NAMED) {
            for (int k = 0; k < CHAPTERS.length; k++) {
                b.append(c[1]).append(",*,").append(CHAPTERS[k]).append(',').append(k % 4 * 2.5)
                        .append(",MFN,estimate: synthetic benchmark rate\n");
            }
        }
        b.append("USA,CAN,72,0,NAFTA,estimate: synthetic benchmark rate\n");
        b.append("USA,MEX,87,0,NAFTA,estimate: synthetic benchmark rate\n");
        return b.toString();
    }
}
