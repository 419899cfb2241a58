package tradesim.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The full fuzz run of issue 8, ten thousand cases: {@code mvn -B -Pfuzz test}. Skipped in the
 * normal suite ({@link FuzzProfileOnly}). Unlike {@link FuzzSampleTest} it does not stop at the
 * first bad case: every case runs, the tally is printed, and then the run fails if any case ended
 * in an outcome other than a clean one, listing the first of them.
 */
@AddLifecycleHook(FuzzProfileOnly.class)
class FuzzFullTest {

    static final int SCENARIO_CASES = 6000;
    static final int DATASET_CASES = 2000;
    static final int GENERATED_CASES = 2000;

    private static FuzzWorkspace ws;
    private static FuzzHarness scenarios;
    private static FuzzHarness datasets;
    private static FuzzHarness generated;

    @BeforeContainer
    static void setUp() {
        if (!Boolean.getBoolean(FuzzProfileOnly.PROPERTY)) return;
        ws = new FuzzWorkspace();
        scenarios = new FuzzHarness();
        datasets = new FuzzHarness();
        generated = new FuzzHarness();
    }

    @AfterContainer
    static void tearDown() {
        if (ws == null) return;
        StringBuilder report = new StringBuilder("\n==== tradesim fuzz report ====\n");
        report.append(scenarios.report("mutated bundled scenarios")).append('\n');
        report.append(datasets.report("mutated dataset files")).append('\n');
        report.append(generated.report("generated valid scenarios")).append('\n');
        report.append("run failures (exit 1) of generated scenarios, by reason:\n").append(generated.runFailureReasons());
        report.append("run failures (exit 1) of mutated scenarios, by reason:\n").append(scenarios.runFailureReasons());
        report.append("run failures (exit 1) of mutated datasets, by reason:\n").append(datasets.runFailureReasons());
        int total = scenarios.total() + datasets.total() + generated.total();
        int other = scenarios.count(FuzzHarness.Outcome.OTHER) + datasets.count(FuzzHarness.Outcome.OTHER)
                + generated.count(FuzzHarness.Outcome.OTHER);
        report.append("total ").append(total).append(" cases, other ").append(other).append('\n');
        for (FuzzHarness h : new FuzzHarness[] {scenarios, datasets, generated}) {
            h.others().forEach(o -> report.append("OTHER: ").append(o).append('\n'));
        }
        System.out.println(report);
        boolean untouched = ws.datasetUntouched();
        scenarios.close();
        datasets.close();
        generated.close();
        ws.close();
        assertTrue(untouched, "a run changed the shared dataset copy: inputs must never be touched");
        assertEquals(0, other, "cases that ended neither in a run nor in a clean error; see the report above");
    }

    @Property(tries = SCENARIO_CASES, seed = "8", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void mutatedBundledScenario(@ForAll long seed) {
        FuzzCases.mutatedScenario(seed, ws, scenarios);
    }

    @Property(tries = DATASET_CASES, seed = "88", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void mutatedDataset(@ForAll long seed) {
        FuzzCases.mutatedDataset(seed, ws, datasets);
    }

    @Property(tries = GENERATED_CASES, seed = "888", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void generatedValidScenario(@ForAll long seed) {
        FuzzCases.Result r = FuzzCases.generatedScenario(seed, ws, generated);
        // a valid scenario may fail only as a run (exit 1), never as bad input
        assertTrue(r.verdict().outcome() != FuzzHarness.Outcome.CLEAN_ERROR, r::explain);
    }
}
