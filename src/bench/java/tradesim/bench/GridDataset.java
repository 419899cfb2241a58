package tradesim.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the synthetic datasets of issue 17's "before" table: C countries trading every one of P
 * products with each other (C·(C−1)·P flows, no domestic sales), and a monthly 2018–2022 scenario
 * with one year-long tariff change, so a run has 60 · C·(C−1)·P flow-periods. Seeded.
 *
 * <pre>
 * java -cp target/benchmarks.jar tradesim.bench.GridDataset OUT_DIR COUNTRIES PRODUCTS
 * ./tradesim run OUT_DIR/grid.yaml --out OUT_DIR/run
 * </pre>
 */
public final class GridDataset {

    private GridDataset() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GridDataset OUT_DIR COUNTRIES PRODUCTS");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int countries = Integer.parseInt(args[1]);
        int products = Integer.parseInt(args[2]);
        Path data = out.resolve("data/grid");
        Files.createDirectories(data);
        Random random = new Random(countries * 1000L + products);
        StringBuilder yaml = new StringBuilder("name: grid\nbase_year: 2017\ncurrency: USD\nunit: million per year\n"
                + "description: synthetic timing data, every country trading every product with every other\n"
                + "countries:\n");
        for (int c = 0; c < countries; c++) yaml.append("  ").append(code(c)).append(": Country ").append(c).append('\n');
        yaml.append("products:\n");
        for (int p = 0; p < products; p++) {
            yaml.append("  p").append(p).append(": {name: Product ").append(p).append(", hs: [\"").append(p + 1)
                    .append("\"]}\n");
        }
        yaml.append("sources:\n  - \"estimate: synthetic benchmark data\"\n");
        Files.writeString(data.resolve("dataset.yaml"), yaml, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(data.resolve("flows.csv"), StandardCharsets.UTF_8)) {
            w.write("importer,exporter,product,value_usd_m,source\n");
            for (int i = 0; i < countries; i++) {
                for (int e = 0; e < countries; e++) {
                    if (i == e) continue;
                    for (int p = 0; p < products; p++) {
                        w.write(String.format(Locale.ROOT, "%s,%s,p%d,%.3f,estimate: synthetic%n", code(i), code(e), p,
                                Math.exp(3 + 1.5 * random.nextGaussian())));
                    }
                }
            }
        }
        Files.writeString(data.resolve("tariffs.csv"), "importer,exporter,product,rate_pct,regime,source\n",
                StandardCharsets.UTF_8);
        Files.writeString(data.resolve("parameters.csv"),
                "product,importer,exporter,substitution,demand,supply,half_life_months,source\n"
                        + "*,*,*,5,-1,5,12,estimate: synthetic benchmark elasticities\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("grid.yaml"), "name: grid\ntitle: Synthetic timing run\n"
                + "dataset: grid\nhorizon: {start: 2018-01, end: 2022-12, step: month}\nevents:\n"
                + "  - id: duty\n    date: 2019-01-01\n    label: a year-long duty\n    actions:\n"
                + "      - tariff: {importer: " + code(0) + ", exporter: " + code(1) + ", product: p0}\n"
                + "        add: 10\n        until: 2020-01-01\n", StandardCharsets.UTF_8);
    }

    private static String code(int c) {
        return "C" + (char) ('A' + c / 26 % 26) + (char) ('A' + c % 26);
    }
}
