package tradesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.model.Action;
import tradesim.model.Distribution;
import tradesim.model.Event;
import tradesim.model.FlowKey;
import tradesim.model.Horizon;
import tradesim.model.InputException;
import tradesim.model.Outcome;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.SafeguardTrigger;
import tradesim.model.Scenario;
import tradesim.model.Selector;
import tradesim.model.TariffChange;
import tradesim.model.UncertainParameter;

class ScenarioLoaderTest {

    static final Path RICH = Path.of("src/test/resources/scenarios/rich.yaml");

    private static Scenario rich() throws InputException {
        return ScenarioLoader.load(RICH, Optional.empty()).scenario();
    }

    @Test
    void richScenarioHeaderAndDataset() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(RICH, Optional.empty());
        Scenario s = loaded.scenario();
        assertEquals("rich-case_1", s.name());
        assertEquals("Everything at once", s.title());
        assertEquals("Exercises every action kind, branches, conditions and uncertainty.", s.description());
        assertEquals("mini", s.datasetRef());
        assertEquals(new Horizon(YearMonth.of(2018, 1), YearMonth.of(2025, 12), Horizon.Step.QUARTER), s.horizon());
        assertEquals(RICH.toString(), s.sourceFile());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(RICH))), s.sha256());
        assertEquals("mini", loaded.dataset().name());
        assertEquals("src/test/resources/data/mini", loaded.dataset().folder());
        assertEquals(List.of(new FlowKey("JPN", "USA", "beef"), new FlowKey("USA", "JPN", "cars")), s.headline());
    }

    @Test
    void parameterOverridesDefaultWildcardsAndSource() throws Exception {
        assertEquals(List.of(
                new ParameterRule("beef", "*", "*", Map.of(ParameterKind.SUBSTITUTION, 4.5), "scenario rich-case_1"),
                new ParameterRule("cars", "USA", "*", Map.of(ParameterKind.DEMAND, -0.5), "a study"),
                new ParameterRule("*", "*", "AUS", Map.of(ParameterKind.SUPPLY, Double.POSITIVE_INFINITY,
                        ParameterKind.HALF_LIFE, 0.0), "scenario rich-case_1")), rich().parameters());
    }

    @Test
    void eventsOutcomesAndConditions() throws Exception {
        List<Event> events = rich().events();
        assertEquals(List.of("talks", "s232", "retaliation", "deal"), events.stream().map(Event::id).toList());
        Event talks = events.get(0);
        assertEquals(LocalDate.of(2018, 9, 1), talks.date()); // YYYY-MM means the first day
        assertEquals("Talks launched at the UN", talks.label());
        assertEquals(List.of(new Action.DemandShift(Selector.of("JPN"), Selector.of("beef"), -2.5,
                Optional.of(LocalDate.of(2019, 3, 1)))), talks.actions());
        Event s232 = events.get(1);
        assertTrue(s232.isBranch());
        assertEquals(List.of(new Outcome("exempt", 0.7, List.of()), new Outcome("imposed", 0.3, List.of(
                new Action.Tariff(Selector.of("USA"), Selector.of("JPN", "EU"), Selector.of("cars"),
                        new TariffChange.Add(25), Optional.empty())))), s232.outcomes());
        assertEquals(Map.of("s232", "imposed"), events.get(2).when());
        assertEquals("retaliation", events.get(2).label()); // the id when no label is given
        assertEquals(Map.of("s232", "exempt"), events.get(3).when());
    }

    @Test
    void everyActionKindAndOperation() throws Exception {
        Event retaliation = rich().event("retaliation").orElseThrow();
        assertEquals(List.of(
                new Action.Tariff(Selector.of("JPN"), Selector.of("USA"), Selector.of("beef"),
                        new TariffChange.Set(50), Optional.of(LocalDate.of(2021, 1, 1))),
                new Action.Tariff(Selector.all(), Selector.all(), Selector.all(), new TariffChange.AtLeast(5),
                        Optional.empty())), retaliation.actions());
        Event deal = rich().event("deal").orElseThrow();
        assertEquals(List.of(
                new Action.Tariff(Selector.of("JPN"), Selector.of("USA"), Selector.of("beef"),
                        new TariffChange.Phase(9, 15), Optional.empty()),
                new Action.Tariff(Selector.of("JPN"), Selector.of("AUS"), Selector.of("beef"),
                        new TariffChange.Schedule(List.of(
                                new TariffChange.Schedule.Step(LocalDate.of(2020, 1, 1), 20),
                                new TariffChange.Schedule.Step(LocalDate.of(2021, 4, 1), 10.5))), Optional.empty()),
                new Action.Purchase(Selector.of("JPN"), Selector.of("USA"), Selector.of("beef"), 900,
                        Optional.of(LocalDate.of(2021, 12, 1))),
                new Action.Purchase(Selector.of("JPN"), Selector.of("AUS"), Selector.of("beef"), 100,
                        Optional.of(LocalDate.of(2022, 1, 1))),
                new Action.PriceShift(Selector.of("JPN"), Selector.all(), 10, Optional.empty()),
                new Action.Safeguard("beef_sg", Selector.of("JPN"), Selector.of("USA"), Selector.of("beef"), 4,
                        List.of(new SafeguardTrigger(Selector.of("USA"), new SafeguardTrigger.ValueUsdM(1200)),
                                new SafeguardTrigger(Selector.of("USA"), new SafeguardTrigger.AbovePreviousYear())),
                        38.5, OptionalInt.of(6), Optional.empty()),
                new Action.Trq("cars_q", Selector.of("USA"), Selector.of("EU"), Selector.of("cars"),
                        new Action.Quota(31000, Action.QuantityUnit.USD_M), 0, Action.RentHolder.EXPORTER,
                        Optional.empty())), deal.actions());
        Scenario rich = rich();
        assertEquals(1, rich.baseline().size());
        assertEquals(List.of(new Action.Tariff(Selector.of("EU"), Selector.of("JPN"), Selector.of("cars"),
                new TariffChange.Schedule(List.of(new TariffChange.Schedule.Step(LocalDate.of(2018, 6, 1), 8),
                        new TariffChange.Schedule.Step(LocalDate.of(2019, 6, 1), 6))), Optional.empty())),
                rich.baseline().get(0).actions());
    }

    @Test
    void uncertaintyWithAllFourDistributions() throws Exception {
        var u = rich().uncertainty().orElseThrow();
        assertEquals(20180926L, u.seed());
        assertEquals(List.of(
                new UncertainParameter("beef", "*", "*", ParameterKind.SUBSTITUTION,
                        new Distribution.LogNormal(4.0, 0.3)),
                new UncertainParameter("cars", "*", "JPN", ParameterKind.SUPPLY, new Distribution.Uniform(2, 10)),
                new UncertainParameter("beef", "JPN", "*", ParameterKind.DEMAND, new Distribution.Normal(-1, 0.2)),
                new UncertainParameter("*", "*", "*", ParameterKind.HALF_LIFE,
                        new Distribution.Triangular(0, 6, 24))), u.parameters());
    }

    @Test
    void returnedListsAreUnmodifiable() throws Exception {
        Scenario s = rich();
        assertThrows(UnsupportedOperationException.class, () -> s.events().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.parameters().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.headline().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.events().get(1).outcomes().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.events().get(3).actions().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.events().get(3).when().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.uncertainty().orElseThrow().parameters().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.parameters().get(0).values().clear());
    }

    @Test
    void minimalScenarioDefaultsTitleStepAndEvents(@TempDir Path tmp) throws Exception {
        Path file = Files.createDirectories(tmp.resolve("s")).resolve("min.yaml");
        // a dataset ref with a slash is a path; an absolute one points at the test data from anywhere
        Files.writeString(file, "name: m\ndataset: " + Path.of("src/test/resources/data/mini").toAbsolutePath()
                + "\nhorizon: {start: 2018-01, end: 2018-12}\n");
        Scenario s = ScenarioLoader.load(file, Optional.empty()).scenario();
        assertEquals("m", s.title());
        assertEquals("", s.description());
        assertEquals(Horizon.Step.MONTH, s.horizon().step());
        assertTrue(s.events().isEmpty());
        assertTrue(s.parameters().isEmpty());
        assertTrue(s.uncertainty().isEmpty());
    }

    @Test
    void missingFileIsOneProblem() {
        InputException e = assertThrows(InputException.class,
                () -> ScenarioLoader.load(Path.of("src/test/resources/bad/no-such-file.yaml"), Optional.empty()));
        assertEquals(List.of("src/test/resources/bad/no-such-file.yaml:1:1: file not found"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aFolderIsNotAScenario() {
        InputException e = assertThrows(InputException.class,
                () -> ScenarioLoader.load(Path.of("src/test/resources/bad"), Optional.empty()));
        assertEquals("src/test/resources/bad:1:1: is a folder (expected a YAML file)", e.getMessage());
    }

    @Test
    void fileOverTenMegabytesIsRefusedBeforeParsing(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(10L * 1024 * 1024 + 1); // sparse: cheap to make, and never read
        }
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(big, Optional.empty()));
        assertEquals(big + ":1:1: the file is too large to be a YAML input (found 10485761 bytes, "
                + "expected at most 10485760)", e.getMessage());
    }

    @Test
    void veryDeepNestingFailsCleanlyWithoutStackOverflow(@TempDir Path tmp) throws Exception {
        Path deep = tmp.resolve("deep.yaml");
        Files.writeString(deep, "events: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(deep, Optional.empty()));
        assertTrue(e.getMessage().endsWith("nesting too deep (found more than 64 levels, expected at most 64)"));
        Path blocks = tmp.resolve("blocks.yaml");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.append(" ".repeat(i)).append("k").append(i).append(":\n");
        Files.writeString(blocks, sb.toString());
        e = assertThrows(InputException.class, () -> ScenarioLoader.load(blocks, Optional.empty()));
        assertTrue(e.getMessage().contains("nesting too deep"), e.getMessage());
    }

    @Test
    void selfReferencingAliasIsRejectedNotWalkedForever(@TempDir Path tmp) throws Exception {
        Path cyclic = tmp.resolve("cyclic.yaml");
        Files.writeString(cyclic, "name: c\ndataset: mini\nhorizon: {start: 2018-01, end: 2018-12}\n"
                + "events: &e [*e]\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(cyclic, Optional.empty()));
        assertFalse(e.problems().isEmpty());
    }

    @Test
    void problemsFromTheScenarioAndItsDatasetComeTogether(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, "name: s\ndataset: " + Path.of("src/test/resources/bad/datasets/negative_flow")
                .toAbsolutePath() + "\nhorizon: {start: 2018-01, end: 2018-12}\nevnets: []\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(file, Optional.empty()));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'evnets' (did you mean 'events'?)"));
        assertTrue(e.getMessage().contains("flows.csv:3:14: value_usd_m out of range"));
    }

    @Test
    void shortLabelsAreReadForChartsAndAreOptional() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/us-japan-2018/negotiation-tree-2018.yaml"),
                Optional.empty()).scenario();
        Event deal = s.event("deal_after_deferral").orElseThrow();
        assertEquals(Optional.of("Farm deal in force (after deferral)"), deal.shortLabel());
        assertEquals("Farm deal in force (after deferral)", deal.chartLabel());
        Event s232 = s.event("s232").orElseThrow();
        assertEquals(Optional.empty(), s232.shortLabel());
        assertEquals(s232.label(), s232.chartLabel());
    }
}
