package tradesim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.input.CsvTable;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.input.CsvTable;
import tradesim.model.InputException;
import tradesim.model.ParameterTable;
import tradesim.model.Product;

class DatasetLoaderTest {

    static final Path MINI = Path.of("src/test/resources/data/mini");

    @Test
    void readsTheManifestInFileOrder() throws InputException {
        Dataset d = DatasetLoader.load(MINI);
        assertEquals("mini", d.name());
        assertEquals(2017, d.baseYear());
        assertEquals(List.of("JPN", "USA", "AUS", "EU", "ROW"), d.countries().stream().map(Country::code).toList());
        assertEquals(List.of("beef", "cars"), d.products().stream().map(Product::id).toList());
        assertEquals(List.of("0201", "0202"), d.product("beef").orElseThrow().hsCodes());
        assertEquals("fresh and frozen", d.product("beef").orElseThrow().note());
        assertEquals("", d.product("cars").orElseThrow().note());
        assertEquals(List.of("USDA FAS GATS, 2017",
                "title: US Census trade data; url: https://www.census.gov/foreign-trade/"), d.sources());
        assertEquals(MINI.toString(), d.folder());
    }

    @Test
    void readsQuotedCellsCrlfAndByteOrderMark() throws InputException {
        Dataset d = DatasetLoader.load(MINI);
        assertEquals(9, d.flows().size());
        Flow cars = d.flows().get(4);
        assertEquals(new FlowKey("USA", "JPN", "cars"), cars.key());
        assertEquals(40000, cars.valueUsdM());
        assertEquals("US Census, 2017", cars.source());
        assertTrue(d.flows().get(2).key().isDomestic());
        // tariffs.csv starts with a BOM and ends with a blank line
        assertEquals(4, d.tariffs().size());
        assertEquals("*", d.tariffs().get(0).exporter());
        assertEquals(38.5, d.tariffs().get(0).ratePct());
        assertEquals("Hertel et al., GTAP", d.parameters().get(1).source());
    }

    @Test
    void mostSpecificParameterWins() throws InputException {
        ParameterTable t = new ParameterTable(DatasetLoader.load(MINI).parameters());
        assertEquals(6, t.substitution("beef", "JPN").getAsDouble());   // beef,JPN,*
        assertEquals(5, t.substitution("beef", "USA").getAsDouble());   // beef,*,*
        assertEquals(4, t.substitution("cars", "USA").getAsDouble());   // *,*,*
        assertEquals(-0.8, t.demand("beef", "JPN").getAsDouble());      // beef,JPN,*
        assertEquals(-1, t.demand("beef", "USA").getAsDouble());        // beef,*,* leaves ε unset
        assertEquals(2, t.supply("beef", "USA").getAsDouble());         // beef,*,USA
        assertEquals(5, t.supply("beef", "AUS").getAsDouble());         // *,*,*
        assertEquals(Double.POSITIVE_INFINITY, t.supply("cars", "JPN").getAsDouble());
        assertEquals(3, t.halfLife("beef", "JPN", "AUS").getAsDouble()); // exact
        assertEquals(9, t.halfLife("beef", "JPN", "USA").getAsDouble()); // beef,*,USA on its own row
        assertEquals(6, t.halfLife("beef", "USA", "ROW").getAsDouble()); // *,*,*
        assertEquals(12, t.halfLife("cars", "USA", "JPN").getAsDouble()); // cars,*,*
    }

    @Test
    void growthRowsKeepUnsetCellsEmpty() throws InputException {
        Dataset d = DatasetLoader.load(MINI);
        assertEquals(2, d.growth().size());
        assertEquals(-0.5, d.growth().get(1).demandGrowthPct().getAsDouble());
        assertTrue(d.growth().get(1).supplyGrowthPct().isEmpty());
    }

    @Test
    void hashIsStableAndChangesWithAnyByte(@TempDir Path tmp) throws Exception {
        Dataset d = DatasetLoader.load(MINI);
        assertEquals(64, d.sha256().length());
        assertEquals(d.sha256(), DatasetLoader.load(MINI).sha256());
        Path copy = tmp.resolve("mini");
        Files.createDirectories(copy);
        for (String f : List.of("dataset.yaml", "flows.csv", "tariffs.csv", "parameters.csv", "growth.csv")) {
            Files.copy(MINI.resolve(f), copy.resolve(f));
        }
        Files.writeString(copy.resolve("README.md"), "not data");
        assertEquals(d.sha256(), DatasetLoader.load(copy).sha256());
        Files.writeString(copy.resolve("growth.csv"), Files.readString(copy.resolve("growth.csv")) + "USA,beef,2,,x\n");
        assertNotEquals(d.sha256(), DatasetLoader.load(copy).sha256());
    }

    @Test
    void returnedListsAreUnmodifiable() throws InputException {
        Dataset d = DatasetLoader.load(MINI);
        assertThrows(UnsupportedOperationException.class, () -> d.flows().clear());
        assertThrows(UnsupportedOperationException.class, () -> d.countries().clear());
        assertThrows(UnsupportedOperationException.class, () -> d.product("beef").orElseThrow().hsCodes().clear());
        DatasetSummary s = DatasetSummary.of(d);
        assertThrows(UnsupportedOperationException.class, () -> s.totals().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.lines().clear());
    }

    @Test
    void oversizedCsvIsRefusedBeforeReading(@TempDir Path tmp) throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("big"));
        for (String f : List.of("dataset.yaml", "flows.csv", "tariffs.csv", "parameters.csv")) {
            Files.copy(MINI.resolve(f), copy.resolve(f));
        }
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(copy.resolve("tariffs.csv").toFile(), "rw")) {
            f.setLength(CsvTable.MAX_BYTES + 1); // sparse: never actually read
        }
        InputException e = assertThrows(InputException.class, () -> DatasetLoader.load(copy));
        assertEquals(List.of(copy.resolve("tariffs.csv") + ":1:1: the file is too large (found 104857601 bytes, "
                + "expected at most 104857600)"), e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void missingFolderIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> DatasetLoader.load(Path.of("no/such/folder")));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).toString().startsWith("no/such/folder:1:1: dataset folder not found"));
    }
}
