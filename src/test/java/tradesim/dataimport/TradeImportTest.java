package tradesim.dataimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.dataset.DatasetLoader;
import tradesim.input.CsvTable;
import tradesim.input.ProblemCollector;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.InputException;

/**
 * Imports of small files in BACI's and Comtrade's layouts (src/test/resources/import), checked
 * against aggregates worked out by hand from the rows. Groups: USA, CAN, CHN kept apart; steel =
 * HS 7208 + 7209, aluminium = HS 76.
 */
class TradeImportTest {

    static final Path DIR = Path.of("src/test/resources/import");
    static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    private ImportedData baci(Path file, OptionalInt year) throws InputException {
        return TradeAggregation.read("test-baci", DIR.resolve("groups.yaml"),
                new TradeAggregation.Baci(file, DIR.resolve("countries.csv")), Optional.of(DIR.resolve("tariffs.csv")),
                year, bytes -> { });
    }

    /** The test BACI file's 2017 rows imported into tmp/ds. */
    private Path importedBaci() throws Exception {
        Path out = tmp.resolve("ds");
        new DatasetFolderWriter(baci(DIR.resolve("baci.csv"), OptionalInt.of(2017))).write(out);
        return out;
    }

    /** importer,exporter,product → the row's other cells, from a written CSV. */
    private static Map<String, List<String>> rows(Path file) throws IOException {
        ProblemCollector problems = new ProblemCollector();
        CsvTable t = CsvTable.parse(Files.readString(file), file.toString(), problems).orElseThrow();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            List<String> c = r.cells().stream().map(CsvTable.Cell::text).toList();
            out.put(c.get(0) + "," + c.get(1) + "," + c.get(2), c.subList(3, c.size()));
        }
        return out;
    }

    private static double number(Map<String, List<String>> rows, String key) {
        assertTrue(rows.containsKey(key), "a row for " + key + " in " + rows.keySet());
        return Double.parseDouble(rows.get(key).get(0));
    }

    @Test
    void baciFlowsAreSummedToTheGroupsWithEveryOtherCountryAsRow() throws Exception {
        Path out = importedBaci();
        Map<String, List<String>> flows = rows(out.resolve("flows.csv"));
        // v is in thousand USD, so USD million = v / 1000.
        // USA<-CAN steel: 720851 1000 + 720915 500 = 1500 -> 1.5
        assertEquals(1.5, number(flows, "USA,CAN,steel"), EPS);
        assertEquals(2.0, number(flows, "USA,CHN,steel"), EPS);
        // USA<-ROW steel: DEU 300 + JPN 700 (720916 is under 7209) = 1000 -> 1.0
        assertEquals(1.0, number(flows, "USA,ROW,steel"), EPS);
        // DEU -> JPN: both outside the kept countries, so ROW -> ROW
        assertEquals(0.8, number(flows, "ROW,ROW,steel"), EPS);
        assertEquals(3.0, number(flows, "USA,CAN,aluminium"), EPS);
        // KOR -> USA 760110 400 -> 0.4
        assertEquals(0.4, number(flows, "USA,ROW,aluminium"), EPS);
        assertEquals(0.6, number(flows, "CAN,USA,aluminium"), EPS);
        // CHN -> DEU 100 -> importer ROW
        assertEquals(0.1, number(flows, "ROW,CHN,aluminium"), EPS);
        // 850440 and 030111 are in no product, the 2016 row is another year: none becomes a flow.
        assertEquals(List.of("USA,CAN,steel", "USA,CHN,steel", "USA,ROW,steel", "ROW,ROW,steel", "USA,CAN,aluminium",
                "USA,ROW,aluminium", "CAN,USA,aluminium", "ROW,CHN,aluminium"), List.copyOf(flows.keySet()),
                "rows in the groups file's order: product, importer, exporter, ROW last");
        for (List<String> row : flows.values()) {
            assertTrue(row.get(1).contains("baci.csv") && row.get(1).contains("2017"), row.get(1));
        }
    }

    @Test
    void tariffsAreImportWeightedMeansOfTheMostSpecificHsRate() throws Exception {
        Path out = importedBaci();
        Map<String, List<String>> tariffs = rows(out.resolve("tariffs.csv"));
        // USA<-CAN steel: CAN's own row (72: 0) beats the * rows on both lines -> 0, NAFTA
        assertEquals(0, number(tariffs, "USA,CAN,steel"), EPS);
        assertEquals("NAFTA", tariffs.get("USA,CAN,steel").get(1));
        // USA<-CHN steel: 720851 takes the longest * prefix, 7208 at 1% -> 1
        assertEquals(1, number(tariffs, "USA,CHN,steel"), EPS);
        // USA<-ROW steel: DEU 720851 300 at 1% and JPN 720916 700 at 2% (prefix 72) -> (300 + 1400) / 1000 = 1.7
        assertEquals(1.7, number(tariffs, "USA,ROW,steel"), EPS);
        // USA MFN on steel, * rows over all its steel imports:
        // CAN 1000@1 + CAN 500@2 + CHN 2000@1 + DEU 300@1 + JPN 700@2 = 5700 over 4500 = 1.26667
        assertEquals(1.2667, number(tariffs, "USA,*,steel"), EPS);
        assertEquals(5, number(tariffs, "USA,CAN,aluminium"), EPS); // CAN's own row covers 72 only
        assertEquals(0, number(tariffs, "USA,ROW,aluminium"), EPS); // KOR 7601 KORUS 0
        assertEquals("KORUS", tariffs.get("USA,ROW,aluminium").get(1));
        assertEquals(5, number(tariffs, "USA,*,aluminium"), EPS); // CAN 3000@5 + KOR 400@5 -> 5
        assertEquals(3, number(tariffs, "CAN,USA,aluminium"), EPS);
        assertEquals(3, number(tariffs, "CAN,*,aluminium"), EPS);
        // Japan's and Germany's imports have no rates in the file, and ROW -> ROW is home sales: no rows.
        assertEquals(9, tariffs.size(), tariffs.keySet().toString());
        assertTrue(tariffs.get("USA,ROW,steel").get(2).contains("tariffs.csv"));
    }

    @Test
    void unitValuesComeFromTheLinesThatReportAQuantity() throws Exception {
        Path out = importedBaci();
        Map<String, List<String>> uv = rows(out.resolve("unit_values.csv"));
        // USD per tonne = 1000 v / q; USA<-CAN steel: 720915 has q NA, so only 1000 / 1250 t -> 800
        assertEquals(800, number(uv, "USA,CAN,steel"), EPS);
        // USA<-ROW steel: (300 + 700) thousand USD / (400 + 1000) t = 714.2857 -> 714.29
        assertEquals(714.29, number(uv, "USA,ROW,steel"), EPS);
        assertEquals(2400, number(uv, "CAN,USA,aluminium"), EPS); // 600,000 / 250
        assertEquals(2500, number(uv, "ROW,CHN,aluminium"), EPS); // 100,000 / 40
        // All steel with a quantity: (1000 + 2000 + 300 + 700 + 800) thousand / (1250 + 2500 + 400 + 1000 + 1000) t
        // = 4,800,000 / 6150 = 780.49
        assertEquals(780.49, number(uv, "*,*,steel"), EPS);
        // All aluminium: (3000 + 400 + 600 + 100) thousand / (1500 + 200 + 250 + 40) t = 4,100,000 / 1990 = 2060.30
        assertEquals(2060.3, number(uv, "*,*,aluminium"), EPS);
    }

    @Test
    void theWrittenFolderLoadsAsADatasetWithEveryCellSourced() throws Exception {
        Path out = importedBaci();
        Dataset d = DatasetLoader.load(out);
        assertEquals("test-baci", d.name());
        assertEquals(2017, d.baseYear());
        assertEquals(List.of("USA", "CAN", "CHN", "ROW"), d.countries().stream().map(c -> c.code()).toList());
        assertEquals("Canada", d.countries().get(1).name());
        assertEquals(8, d.flows().size());
        assertEquals(1.5, d.flows().stream().filter(f -> f.key().equals(new FlowKey("USA", "CAN", "steel")))
                .findFirst().orElseThrow().valueUsdM(), EPS);
        assertEquals(List.of("7208", "7209"), d.products().get(0).hsCodes());
        assertTrue(d.parameters().stream().allMatch(p -> p.source().startsWith("estimate")),
                "default elasticities are marked estimate");
        assertTrue(d.flows().stream().noneMatch(f -> f.source().isBlank()));
    }

    @Test
    void gzipInputGivesTheSameDataset() throws Exception {
        Path gz = tmp.resolve("baci.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(DIR.resolve("baci.csv")));
        }
        Path plain = tmp.resolve("plain");
        Path zipped = tmp.resolve("zipped");
        new DatasetFolderWriter(baci(DIR.resolve("baci.csv"), OptionalInt.of(2017))).write(plain);
        new DatasetFolderWriter(baci(gz, OptionalInt.of(2017))).write(zipped);
        assertEquals(rows(plain.resolve("flows.csv")).values().stream().map(r -> r.get(0)).toList(),
                rows(zipped.resolve("flows.csv")).values().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void theSameInputWritesTheSameBytes() throws Exception {
        new DatasetFolderWriter(baci(DIR.resolve("baci.csv"), OptionalInt.of(2017))).write(tmp.resolve("a"));
        new DatasetFolderWriter(baci(DIR.resolve("baci.csv"), OptionalInt.of(2017))).write(tmp.resolve("b"));
        for (String f : DatasetFolderWriter.FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b")
                    .resolve(f)), f);
        }
    }

    @Test
    void comtradeImportsAreReadByColumnNameAndOnlyHs6ImportsCount() throws Exception {
        ImportedData data = TradeAggregation.read("test-comtrade", DIR.resolve("groups.yaml"),
                new TradeAggregation.Comtrade(List.of(DIR.resolve("comtrade.csv"))), Optional.empty(),
                OptionalInt.empty(), bytes -> { });
        Path out = tmp.resolve("ct");
        new DatasetFolderWriter(data).write(out);
        Map<String, List<String>> flows = rows(out.resolve("flows.csv"));
        // primaryValue is in USD: 1,000,000 -> 1.0. Skipped: the X row, partner World, cmdCode 72, the
        // partner2 breakdown and the USA <- USA re-import.
        assertEquals(List.of("USA,CAN,steel", "USA,CHN,steel", "USA,ROW,aluminium", "CAN,USA,aluminium"),
                List.copyOf(flows.keySet()));
        assertEquals(1.0, number(flows, "USA,CAN,steel"), EPS);
        assertEquals(2.0, number(flows, "USA,CHN,steel"), EPS);
        assertEquals(0.5, number(flows, "USA,ROW,aluminium"), EPS);
        assertEquals(0.6, number(flows, "CAN,USA,aluminium"), EPS);
        Map<String, List<String>> uv = rows(out.resolve("unit_values.csv"));
        // netWgt is in kg: 1,000,000 USD / 1,250 t = 800; DEU's row has no weight, so USA<-ROW aluminium has none
        assertEquals(800, number(uv, "USA,CAN,steel"), EPS);
        assertEquals(2400, number(uv, "CAN,USA,aluminium"), EPS); // 600,000 / 250 t
        assertFalse(uv.containsKey("USA,ROW,aluminium"));
        assertEquals(2400, number(uv, "*,*,aluminium"), EPS); // only CAN's line has a weight
        ComtradeFile.Skipped s = data.skipped();
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), List.of(s.otherFlows, s.worldPartner, s.notHs6, s.breakdowns,
                data.totals().sameCountryRows));
        Dataset d = DatasetLoader.load(out);
        assertEquals("United States", d.countries().get(0).name(), "names from reporterDesc");
    }

    @Test
    void tabSeparatedComtradeBulkFilesReadTheSame() throws Exception {
        Path tsv = tmp.resolve("bulk.txt");
        List<String> lines = Files.readAllLines(DIR.resolve("comtrade.csv"));
        StringBuilder b = new StringBuilder();
        for (String line : lines) b.append(line.replace("\"", "").replace(",", "\t")).append('\n');
        Files.writeString(tsv, b.toString());
        ImportedData data = TradeAggregation.read("t", DIR.resolve("groups.yaml"),
                new TradeAggregation.Comtrade(List.of(tsv)), Optional.empty(), OptionalInt.empty(), bytes -> { });
        new DatasetFolderWriter(data).write(tmp.resolve("tsv"));
        assertEquals(1.0, number(rows(tmp.resolve("tsv/flows.csv")), "USA,CAN,steel"), EPS);
    }
}
