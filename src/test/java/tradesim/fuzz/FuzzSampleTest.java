package tradesim.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The normal suite's share of the fuzzing (issue 8): a fixed-seed sample of each kind of case.
 * {@code mvn -Pfuzz verify} runs {@link FuzzFullTest}, the same checks over ten thousand cases.
 * A case passes when tradesim either runs and writes finite outputs, or refuses with
 * {@code file:line:col:} problems (exit 2), or reports a documented run failure (exit 1); never
 * an internal error, a stack trace, a hang or an out-of-memory.
 */
class FuzzSampleTest {

    private static FuzzWorkspace ws;
    private static FuzzHarness scenarios;
    private static FuzzHarness datasets;
    private static FuzzHarness generated;

    @BeforeContainer
    static void setUp() {
        ws = new FuzzWorkspace();
        scenarios = new FuzzHarness();
        datasets = new FuzzHarness();
        generated = new FuzzHarness();
    }

    @AfterContainer
    static void tearDown() {
        System.out.println(scenarios.report("fuzz sample, mutated scenarios"));
        System.out.print(scenarios.runFailureReasons());
        System.out.println(datasets.report("fuzz sample, mutated datasets"));
        System.out.println(generated.report("fuzz sample, generated valid scenarios"));
        System.out.print(generated.runFailureReasons());
        boolean untouched = ws.datasetUntouched();
        scenarios.close();
        datasets.close();
        generated.close();
        ws.close();
        assertTrue(untouched, "a run changed the shared dataset copy: inputs must never be touched");
    }

    @Property(tries = 200, seed = "20180926", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void mutatedBundledScenarioRunsOrFailsCleanly(@ForAll long seed) {
        FuzzCases.Result r = FuzzCases.mutatedScenario(seed, ws, scenarios);
        assertNotEquals(FuzzHarness.Outcome.OTHER, r.verdict().outcome(), r::explain);
    }

    @Property(tries = 60, seed = "20190517", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void scenarioWithAnEventAtTheLimitsRunsOrFailsCleanly(@ForAll long seed) {
        FuzzCases.Result r = FuzzCases.hostileEvent(seed, ws, scenarios);
        assertNotEquals(FuzzHarness.Outcome.OTHER, r.verdict().outcome(), r::explain);
    }

    @Property(tries = 60, seed = "20170101", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void mutatedDatasetRunsOrFailsCleanly(@ForAll long seed) {
        FuzzCases.Result r = FuzzCases.mutatedDataset(seed, ws, datasets);
        assertNotEquals(FuzzHarness.Outcome.OTHER, r.verdict().outcome(), r::explain);
    }

    @Property(tries = 60, seed = "20181231", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void generatedValidScenarioRuns(@ForAll long seed) {
        FuzzCases.Result r = FuzzCases.generatedScenario(seed, ws, generated);
        FuzzHarness.Outcome o = r.verdict().outcome();
        assertTrue(o == FuzzHarness.Outcome.OK || o == FuzzHarness.Outcome.RUN_FAILED, r::explain);
    }
}
