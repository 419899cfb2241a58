package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.engine.uncertainty.Banding;
import tradesim.model.BaseTariff;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.Product;
import tradesim.testing.Datasets;

/**
 * {@code run --draws} on a dataset past {@link Banding#PER_FLOW_LIMIT}: bands.csv has the headline
 * flows and the totals by importer, exporter and product, run.json says so, and the fan charts and
 * the report still find their rows.
 */
class LargeDatasetDrawsTest {

    /** 12 countries × 8 products, every pair trading: 1,152 flows, past the limit of 1,000. */
    private static final Dataset GRID = Datasets.grid(12, 8);

    @TempDir
    Path tmp;

    @Test
    void drawsOnALargeDatasetBandTheHeadlineFlowsAndTheTotals() throws IOException {
        assertTrue(Banding.isLarge(GRID));
        writeFolder(GRID, tmp.resolve("data"));
        Path scenario = tmp.resolve("grid.yaml");
        Files.writeString(scenario, """
                name: grid
                title: A duty on a dataset too large for a band per flow
                description: C01 adds 30 points on p0 from C00 in 2019.
                dataset: ./data
                horizon: {start: 2018-01, end: 2020-12, step: year}
                events:
                  - id: duty
                    date: 2019-01-01
                    label: C01 adds 30 points on p0 from C00
                    actions:
                      - tariff: {importer: C01, exporter: C00, product: p0}
                        add: 30
                uncertainty:
                  seed: 5
                  parameters:
                    - {product: '*', substitution: {lognormal: {median: 4.0, sd_log: 0.3}}}
                headline:
                  - {importer: C02, exporter: C00, product: p0}
                  - {importer: C01, exporter: C00, product: p0}
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", scenario.toString(), "--quiet", "--draws", "20", "--threads", "2",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());

        List<String> series = new ArrayList<>(List.of("C01,C00,p0", "C02,C00,p0"));
        for (int i = 0; i < 12; i++) series.add(Datasets.gridCountry(i) + ",*,*");
        for (int i = 0; i < 12; i++) series.add("*," + Datasets.gridCountry(i) + ",*");
        for (int k = 0; k < 8; k++) series.add("*,*,p" + k);
        List<String> bands = Files.readAllLines(out.resolve("bands.csv"));
        List<String> annual = Files.readAllLines(out.resolve("bands_annual.csv"));
        assertEquals(1 + 3 * series.size() * 2, bands.size());
        assertEquals(bands.size(), annual.size());
        int row = 1;
        for (String period : List.of("2018-01", "2019-01", "2020-01")) {
            for (String s : series) {
                for (String measure : List.of("value_usd_m", "change_pct")) {
                    String prefix = "grid," + period + "," + s + "," + measure + ",";
                    assertTrue(bands.get(row).startsWith(prefix), bands.get(row) + " should start " + prefix);
                    assertTrue(annual.get(row).startsWith(prefix.replace(period, period.substring(0, 4))),
                            annual.get(row));
                    row++;
                }
            }
        }
        // Before the duty every draw has the base year's flows: C01's total imports are their sum,
        // in every percentile (the baseline is counted exactly) and in the mean.
        double c01 = GRID.flows().stream().filter(f -> f.key().importer().equals("C01") && !f.key().isDomestic())
                .mapToDouble(Flow::valueUsdM).sum();
        String c01Line = bands.get(1 + 2 * 3); // after two headline flows and C00's total
        String[] c01Row = c01Line.split(",");
        assertEquals("C01", c01Row[2]);
        for (int c = 6; c < 12; c++) assertEquals(c01, Double.parseDouble(c01Row[c]), 1e-6, c01Line);

        assertTrue(Files.readString(out.resolve("run.json")).contains("\"bands\": \"headline_and_totals\""));
        assertTrue(Files.exists(out.resolve("fan-c00-c01-p0.png")));
        assertTrue(Files.exists(out.resolve("fan-c00-c02-p0.png")));
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Totals around the headline flows"), "report has the totals table");
        assertTrue(report.contains("Imports of Country 1 (C01), all products"), "C01's imports are a headline total");
        assertTrue(report.contains("Product 0 (p0), all trade"));
    }

    /** The dataset as a folder the loader reads: dataset.yaml, flows.csv, tariffs.csv, parameters.csv. */
    private static void writeFolder(Dataset d, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder yaml = new StringBuilder("name: " + d.name() + "\nbase_year: " + d.baseYear()
                + "\ndescription: a synthetic grid\ncountries:\n");
        for (Country c : d.countries()) yaml.append("  ").append(c.code()).append(": \"").append(c.name()).append("\"\n");
        yaml.append("products:\n");
        for (Product p : d.products()) yaml.append("  ").append(p.id()).append(":\n    name: \"").append(p.name()).append("\"\n");
        yaml.append("sources:\n  - \"test\"\n");
        Files.writeString(folder.resolve("dataset.yaml"), yaml, StandardCharsets.UTF_8);
        StringBuilder flows = new StringBuilder("importer,exporter,product,value_usd_m,source\n");
        for (Flow f : d.flows()) {
            flows.append(String.format(Locale.ROOT, "%s,%s,%s,%s,test%n", f.key().importer(), f.key().exporter(),
                    f.key().product(), f.valueUsdM()));
        }
        Files.writeString(folder.resolve("flows.csv"), flows, StandardCharsets.UTF_8);
        StringBuilder tariffs = new StringBuilder("importer,exporter,product,rate_pct,regime,source\n");
        for (BaseTariff t : d.tariffs()) {
            tariffs.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,test%n", t.importer(), t.exporter(), t.product(),
                    t.ratePct(), t.regime()));
        }
        Files.writeString(folder.resolve("tariffs.csv"), tariffs, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("parameters.csv"),
                "product,importer,exporter,substitution,demand,supply,half_life_months,source\n"
                        + "*,*,*,4,-0.8,2,12,test\n", StandardCharsets.UTF_8);
    }
}
