package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code tradesim backtest}: the score, the table, and every kind of bad observed file. */
class BacktestCommandTest {

    private static final Path MINI = Path.of("src/test/resources/data/mini");
    private static final Path TINY = Path.of("src/test/resources/backtest/observed-tiny.csv");
    private static final String RICH = "src/test/resources/scenarios/rich.yaml";
    private static final String HEADER = "importer,exporter,product,year,value_usd_m,source\n";

    @TempDir
    Path tmp;

    /**
     * A scenario with no events on a copy of the mini dataset without growth.csv: nothing moves, so
     * every model value is its base-year flow and every model year-on-year change is 0.
     */
    private Path stillScenario() throws IOException {
        Path data = tmp.resolve("data/mini");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(MINI)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("growth.csv")) Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path file = tmp.resolve("still.yaml");
        Files.writeString(file, "name: still\ntitle: T\ndescription: D\ndataset: mini\n"
                + "horizon: {start: 2018-01, end: 2022-12, step: month}\n");
        return file;
    }

    private Path observed(String rows) throws IOException {
        Path f = tmp.resolve("observed.csv");
        Files.writeString(f, HEADER + rows);
        return f;
    }

    /** backtest.csv as maps from column to cell, in row order. */
    private static List<Map<String, String>> table(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",", -1);
        return lines.stream().skip(1).map(l -> {
            String[] cells = l.split(",", -1);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < head.length; i++) m.put(head[i], cells[i]);
            return m;
        }).toList();
    }

    @Test
    void scoreIsTheHandComputedMeanAbsoluteErrorOfYearOnYearChanges() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("backtest", stillScenario().toString(), "--observed", TINY.toString(), "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        // The model stays flat, so each error is the observed change: in-sample (to 2019) US 2018 +10,
        // US 2019 -20, AUS 2018 -5: (10 + 20 + 5) / 3 = 11.67; out-of-sample US 2020 +5, AUS 2021 +10
        // (AUS 2020 has no 2019 value to change from): (5 + 10) / 2 = 7.5.
        assertTrue(r.out().contains("in-sample (to 2019):      11.7 pp over 3 flow-years"), r.out());
        assertTrue(r.out().contains("out-of-sample (2020 on): 7.5 pp over 2 flow-years"), r.out());
        assertTrue(r.out().contains("nothing is fitted"), r.out());
        assertTrue(Files.size(out.resolve("backtest.png")) > 10_000, "the chart is drawn");

        Map<String, Map<String, String>> byFlowYear = new HashMap<>();
        for (Map<String, String> row : table(out.resolve("backtest.csv"))) {
            byFlowYear.put(row.get("exporter") + row.get("year"), row);
        }
        assertEquals(10, byFlowYear.size(), "two flows, 2017 to 2021 each");
        assertCell(15.0, byFlowYear.get("USA2018").get("flow_mae_pp"));
        assertCell(5.0, byFlowYear.get("USA2020").get("flow_mae_pp"));
        assertCell(5.0, byFlowYear.get("AUS2018").get("flow_mae_pp"));
        assertCell(10.0, byFlowYear.get("AUS2021").get("flow_mae_pp"));
        assertCell(-20.0, byFlowYear.get("USA2019").get("observed_yoy_pct"));
        assertCell(20.0, byFlowYear.get("USA2019").get("yoy_error_pp"));
        assertCell(88.0, byFlowYear.get("USA2019").get("observed_index"));
        assertCell(100.0, byFlowYear.get("USA2019").get("model_index"));
        assertEquals("in_sample", byFlowYear.get("USA2019").get("sample"));
        assertEquals("out_of_sample", byFlowYear.get("USA2020").get("sample"));
        assertEquals("", byFlowYear.get("AUS2020").get("observed_yoy_pct"), "no 2019 value to change from");
        assertEquals("", byFlowYear.get("USA2021").get("observed_value_usd_m"));
        assertCell(1500.0, byFlowYear.get("USA2021").get("model_value_usd_m"));

        // A later calibration end moves US 2020 into the sample: (10 + 20 + 5 + 5) / 4 and 10 / 1.
        Cli.Result later = Cli.run("backtest", tmp.resolve("still.yaml").toString(), "--observed", TINY.toString(),
                "--out", out.toString(), "--calibration-end", "2020");
        assertEquals(0, later.exit(), later.err());
        assertTrue(later.out().contains("in-sample (to 2020):      10.0 pp over 4 flow-years"), later.out());
        assertTrue(later.out().contains("out-of-sample (2021 on): 10.0 pp over 1 flow-years"), later.out());
    }

    private static void assertCell(double expected, String cell) {
        assertEquals(expected, Double.parseDouble(cell), 1e-6, cell);
    }

    @Test
    void modelColumnIsAnnualCsvValue() throws IOException {
        Path run = tmp.resolve("run");
        Path bt = tmp.resolve("bt");
        assertEquals(0, Cli.run("run", RICH, "--out", run.toString(), "--quiet").exit());
        Cli.Result r = Cli.run("backtest", RICH, "--observed", TINY.toString(), "--out", bt.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, String> annual = new HashMap<>();
        List<String> lines = Files.readAllLines(run.resolve("annual.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            annual.put(c[3] + "<-" + c[4] + ":" + c[5] + "@" + c[2], c[10]);
        }
        int compared = 0;
        for (Map<String, String> row : table(bt.resolve("backtest.csv"))) {
            String key = row.get("importer") + "<-" + row.get("exporter") + ":" + row.get("product") + "@"
                    + row.get("year");
            if (row.get("year").equals("2017")) {
                // the base year is the dataset's base-year flow, where every index starts
                assertCell(100.0, row.get("model_index"));
                continue;
            }
            assertEquals(annual.get(key), row.get("model_value_usd_m"), key);
            compared++;
        }
        assertEquals(8, compared, "2018 to 2021 for two flows");
    }

    @Test
    void everyKindOfBadObservedFileIsAPositionedProblemWithExitTwo() throws IOException {
        String still = stillScenario().toString();
        Map<String, String> cases = Map.of(
                "importer,exporter,product,yr,value_usd_m,source\nJPN,USA,beef,2018,1,s\n",
                ":1:1: wrong header (found 'importer,exporter,product,yr,value_usd_m,source'",
                HEADER + "JPN,USA,beef,2018,1,s\nJPN,USB,beef,2018,1,s\n",
                ":3:5: unknown country 'USB'",
                HEADER + "JPN,USA,beeef,2018,1,s\n",
                ":2:9: unknown product 'beeef' (did you mean 'beef'?)",
                HEADER + "JPN,EU,beef,2018,1,s\n",
                ":2:1: flow EU→JPN beef is not in the dataset",
                HEADER + "JPN,USA,beef,2023,1,s\n",
                ":2:14: year outside the horizon (found 2023, expected the base year 2017 or a full year of the "
                        + "horizon, 2018-2022)",
                HEADER + "JPN,USA,beef,2016,1,s\n",
                ":2:14: year outside the horizon (found 2016",
                HEADER + "JPN,USA,beef,2018,-1,s\n",
                ":2:19: negative value (found -1, expected USD million of 0 or more)",
                HEADER + "JPN,USA,beef,2018,1,s\nJPN,AUS,beef,2018,1,s\nJPN,USA,beef,2018,2,s\n",
                ":4:1: duplicate row for USA→JPN beef in 2018 (found it again, first on line 2");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path f = Files.writeString(tmp.resolve("bad.csv"), c.getKey());
            Path out = tmp.resolve("bad-out");
            Cli.Result r = Cli.run("backtest", still, "--observed", f.toString(), "--out", out.toString());
            assertEquals(2, r.exit(), c.getValue() + "\n" + r.err());
            assertTrue(r.err().contains(f + c.getValue()), "expected " + c.getValue() + " in\n" + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
            assertFalse(Files.exists(out), "bad input writes nothing");
        }
        Cli.Result missing = Cli.run("backtest", still, "--observed", tmp.resolve("nope.csv").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.csv:1:1: file not found"), missing.err());
        Path obs = Files.createDirectories(tmp.resolve("obs")).resolve("backtest.csv");
        Files.writeString(obs, HEADER + "JPN,USA,beef,2018,1,s\n");
        String before = Files.readString(obs);
        Cli.Result beside = Cli.run("backtest", still, "--observed", obs.toString(), "--out", obs.getParent().toString());
        assertEquals(2, beside.exit());
        assertTrue(beside.err().contains("refusing to write outputs here: the path holds the input file " + obs),
                beside.err());
        assertEquals(before, Files.readString(obs), "the observed file is untouched");
        Cli.Result end = Cli.run("backtest", still, "--observed", observed("JPN,USA,beef,2018,1,s\n").toString(),
                "--calibration-end", "2030");
        assertEquals(2, end.exit());
        assertTrue(end.err().contains("--calibration-end outside the years the run covers (found 2030, expected "
                + "2017-2022)"), end.err());
    }
}
