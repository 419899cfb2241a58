package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradesim data import} black-box: a good import and what it prints, and every kind of bad
 * input as {@code file:line:col: what (found X, expected Y)} with exit code 2 and nothing written.
 */
class DataImportCommandTest {

    private static final Path RESOURCES = Path.of("src/test/resources/import");

    @TempDir
    Path tmp;

    /** A copy of the test inputs in tmp, so a test can spoil one of them. */
    private Path inputs() throws IOException {
        return inputs("in");
    }

    private Path inputs(String folder) throws IOException {
        Path in = tmp.resolve(folder);
        Files.createDirectories(in);
        for (String f : List.of("baci.csv", "countries.csv", "groups.yaml", "tariffs.csv", "comtrade.csv")) {
            Files.copy(RESOURCES.resolve(f), in.resolve(f));
        }
        return in;
    }

    private Cli.Result importBaci(Path in, String... extra) {
        List<String> args = new ArrayList<>(List.of("data", "import", "--name", "imported", "--out",
                tmp.resolve("data/imported").toString(), "--groups", in.resolve("groups.yaml").toString(), "--baci",
                in.resolve("baci.csv").toString(), "--countries", in.resolve("countries.csv").toString(), "--tariffs",
                in.resolve("tariffs.csv").toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Exit 2, the message as the first line of stderr, and no dataset written. */
    private void assertBadInput(Cli.Result r, String firstLine) {
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith(firstLine), "expected\n" + firstLine + "\nfound\n" + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(tmp.resolve("data/imported/flows.csv")), "nothing written");
    }

    @Test
    void aGoodImportPrintsWhatItKeptSkippedAndWroteAndLoads() throws IOException {
        Path in = inputs();
        Cli.Result r = importBaci(in, "--year", "2017");
        assertEquals(0, r.exit(), r.err());
        // 12 rows of 2017 plus one of 2016; 850440 (999) and 030111 (5) are in no product: 1,004 thousand USD.
        assertTrue(r.out().contains("read:      13 rows from BACI baci.csv"), r.out());
        assertTrue(r.out().contains("kept:      10 rows, USD 9.4 million, in 2 products x 3 countries + ROW"), r.out());
        assertTrue(r.out().contains("no group:  2 rows, USD 1.0 million, with an HS code in no product (e.g. 850440, "
                + "030111)"), r.out());
        assertTrue(r.out().contains("skipped:   1 row of other years (2016: 1)"), r.out());
        assertTrue(r.out().contains("flows.csv (8 flows), tariffs.csv (9 rows)"), r.out());

        Cli.Result data = Cli.run("data", tmp.resolve("data/imported").toString());
        assertEquals(0, data.exit(), data.err());
        // A scenario on the imported dataset validates (and so loads) as it is.
        Path scenario = tmp.resolve("s232.yaml");
        Files.writeString(scenario, "name: s232\ntitle: T\ndescription: D\ndataset: imported\n"
                + "horizon: {start: 2018-01, end: 2019-12, step: month}\n"
                + "events:\n  - id: s232\n    date: 2018-03-23\n    label: Section 232\n    actions:\n"
                + "      - tariff: {importer: USA, exporter: '*', product: steel}\n        add: 25\n");
        Cli.Result v = Cli.run("validate", scenario.toString());
        assertEquals(0, v.exit(), v.err());
    }

    @Test
    void severalYearsNeedYear() throws IOException {
        Path in = inputs();
        assertBadInput(importBaci(in), in.resolve("baci.csv") + ":1:1: several years in the data (found 2016, 2017, "
                + "expected one year, or --year YYYY to choose)");
        assertBadInput(importBaci(in, "--year", "2015"), in.resolve("baci.csv") + ":1:1: no rows of year 2015 (found "
                + "years 2016, 2017, expected rows with the year given by --year)");
    }

    @Test
    void aWrongHeaderIsNamed() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("baci.csv"), "t,i,j,k,value,q\n2017,124,842,720851,1000,1250\n");
        assertBadInput(importBaci(in), in.resolve("baci.csv") + ":1:1: wrong header (found 't,i,j,k,value,q', "
                + "expected 't,i,j,k,v,q', BACI's layout)");
    }

    @Test
    void anUnknownCountryCodeIsPlaced() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("baci.csv"), "t,i,j,k,v,q\n2017,124,842,720851,1000,1250\n"
                + "2017,999,842,720851,1000,1250\n");
        assertBadInput(importBaci(in), in.resolve("baci.csv") + ":3:6: unknown exporter code in i (found '999', "
                + "expected a country_code of " + in.resolve("countries.csv") + ")");
    }

    @Test
    void aNegativeValueIsPlaced() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("baci.csv"), "t,i,j,k,v,q\n2017,124,842,720851,-1000,1250\n");
        assertBadInput(importBaci(in), in.resolve("baci.csv") + ":2:21: negative value v (found '-1000', expected a "
                + "number ≥ 0)");
    }

    @Test
    void aBadYearIsPlaced() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("baci.csv"), "t,i,j,k,v,q\n17,124,842,720851,1000,1250\n");
        assertBadInput(importBaci(in), in.resolve("baci.csv") + ":2:1: bad year in t (found '17', expected a year "
                + "from 1988 to 2100)");
        Cli.Result option = importBaci(inputs("in2"), "--year", "1700");
        assertEquals(2, option.exit());
        assertTrue(option.err().startsWith("tradesim: bad --year (found 1700, expected a year from 1988 to 2100)"),
                option.err());
    }

    @Test
    void overlappingGroupPrefixesAreRefused() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("groups.yaml"), "countries: [USA, CAN]\nproducts:\n"
                + "  steel: {name: Steel, hs: [\"72\"]}\n"
                + "  flat: {name: Flat steel, hs: [\"7208\"]}\n"
                + "  again: {name: Steel again, hs: [\"76\", \"72\"]}\n");
        Cli.Result r = importBaci(in, "--year", "2017");
        assertBadInput(r, in.resolve("groups.yaml") + ":4:33: HS prefix 7208 of product flat overlaps 72 of product "
                + "steel at line 3 (found one prefix inside the other, expected each HS6 line in at most one product)");
        assertTrue(r.err().contains(in.resolve("groups.yaml") + ":5:41: HS prefix 72 of product again overlaps 72 of "
                + "product steel at line 3 (found the same prefix twice"), r.err());
    }

    @Test
    void aKeptCountryMustBeInTheCountryFile() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("groups.yaml"), "countries: [USA, CNA]\nproducts:\n"
                + "  steel: {name: Steel, hs: [\"72\"]}\n");
        assertBadInput(importBaci(in, "--year", "2017"), in.resolve("groups.yaml") + ":1:18: unknown country 'CNA' "
                + "(did you mean 'CAN'?) (found no country_iso3 CNA in " + in.resolve("countries.csv")
                + ", expected an ISO3 code of the country file)");
    }

    @Test
    void aWrongCountryFileHeaderIsNamed() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("countries.csv"), "code,name,iso2,iso3\n842,United States,US,USA\n");
        assertBadInput(importBaci(in, "--year", "2017"), in.resolve("countries.csv") + ":1:1: wrong header (found "
                + "'code,name,iso2,iso3', expected 'country_code,country_name,country_iso2,country_iso3')");
    }

    @Test
    void aBadTariffRateIsPlaced() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("tariffs.csv"), "importer,exporter,hs,rate_pct,regime,source\n"
                + "USA,*,72,-3,MFN,test\nUSA,XXX,72,3,MFN,test\n");
        Cli.Result r = importBaci(in, "--year", "2017");
        assertBadInput(r, in.resolve("tariffs.csv") + ":2:10: rate_pct out of range (found '-3', expected a rate from "
                + "0 to 1000 percent)");
        assertTrue(r.err().contains(in.resolve("tariffs.csv") + ":3:5: unknown exporter 'XXX'"), r.err());
    }

    @Test
    void aComtradeFileWithoutItsColumnsIsNamed() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("comtrade.csv"), "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n"
                + "2017,USA,CAN,M,720851,1000\n");
        Cli.Result r = Cli.run("data", "import", "--name", "imported", "--out", tmp.resolve("data/imported").toString(),
                "--groups", in.resolve("groups.yaml").toString(), "--comtrade", in.resolve("comtrade.csv").toString());
        assertBadInput(r, in.resolve("comtrade.csv") + ":1:1: wrong header: no column netWgt (found "
                + "'refYear,reporterISO,partnerISO,flowCo...', expected Comtrade's columns "
                + "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,netWgt in any order)");
    }

    @Test
    void aComtradeImportRuns() throws IOException {
        Path in = inputs();
        Cli.Result r = Cli.run("data", "import", "--name", "imported", "--out", tmp.resolve("data/imported").toString(),
                "--groups", in.resolve("groups.yaml").toString(), "--comtrade", in.resolve("comtrade.csv").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("skipped:   1 row with the same importer and exporter (re-imports)"), r.out());
        assertTrue(r.out().contains("skipped:   1 rows of other flows than M, 1 with partner World, 1 not at HS6, "
                + "1 finer breakdowns"), r.out());
        assertEquals(0, Cli.run("data", tmp.resolve("data/imported").toString()).exit());
    }

    @Test
    void theInputLayoutMustBeOneOrTheOther() throws IOException {
        Path in = inputs();
        Cli.Result neither = Cli.run("data", "import", "--name", "x", "--out", tmp.resolve("o").toString(), "--groups",
                in.resolve("groups.yaml").toString());
        assertEquals(2, neither.exit());
        assertTrue(neither.err().startsWith("tradesim: give either --baci FILE --countries FILE or --comtrade"),
                neither.err());
        Cli.Result noCountries = Cli.run("data", "import", "--name", "x", "--out", tmp.resolve("o").toString(),
                "--groups", in.resolve("groups.yaml").toString(), "--baci", in.resolve("baci.csv").toString());
        assertEquals(2, noCountries.exit());
        assertTrue(noCountries.err().startsWith("tradesim: --baci needs --countries FILE"), noCountries.err());
    }

    @Test
    void aFolderOfOtherFilesIsNotOverwritten() throws IOException {
        Path in = inputs();
        Files.createDirectories(tmp.resolve("data/imported"));
        Files.writeString(tmp.resolve("data/imported/notes.txt"), "mine");
        assertBadInput(importBaci(in, "--year", "2017"), tmp.resolve("data/imported") + ":1:1: refusing to write the "
                + "dataset here: the folder holds other files");
        assertEquals("mine", Files.readString(tmp.resolve("data/imported/notes.txt")));
    }

    @Test
    void manyBadRowsAreCappedWithACount() throws IOException {
        Path in = inputs();
        StringBuilder b = new StringBuilder("t,i,j,k,v,q\n");
        for (int i = 0; i < 50; i++) b.append("2017,124,842,720851,-1,1\n");
        Files.writeString(in.resolve("baci.csv"), b.toString());
        Cli.Result r = importBaci(in);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(in.resolve("baci.csv") + ":1:1: 30 more problems like those above (found 50 in "
                + "all, showing the first 20)"), r.err());
        assertTrue(r.err().contains("21 problems found"), r.err());
    }

    @Test
    void theBundledSteelDatasetIsWhatTheImportWritesFromItsSample() throws IOException {
        Path bundled = Path.of("scenarios/data/us-steel-aluminium-2017");
        Path source = bundled.resolve("source");
        Cli.Result r = Cli.run("data", "import", "--name", "us-steel-aluminium-2017", "--out",
                tmp.resolve("steel").toString(), "--groups", source.resolve("groups.yaml").toString(), "--baci",
                source.resolve("baci-sample-2017.csv").toString(), "--countries", source.resolve("countries.csv")
                        .toString(), "--tariffs", source.resolve("tariffs.csv").toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("dataset.yaml", "flows.csv", "tariffs.csv", "unit_values.csv", "parameters.csv")) {
            assertEquals(Files.readString(bundled.resolve(f)), Files.readString(tmp.resolve("steel").resolve(f)), f);
        }
    }
}
