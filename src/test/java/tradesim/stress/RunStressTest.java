package tradesim.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.cli.Main;
import tradesim.fuzz.FuzzHarness;

/**
 * Numerical stress through {@code tradesim run} (issue 8): extreme parameters end either in a run
 * whose outputs hold only finite numbers, or in exit 1 with one line naming scenario, product,
 * period and residual, and no output written. An impossible purchase commitment says so.
 */
class RunStressTest {

    static final String[] SIGMA = {"0.1", "1", "4", "50"};
    static final String[] EPSILON = {"-10", "-1", "-0.3", "0"};
    static final String[] ETA = {"0.01", "1", "inf"};
    static final String[] TARIFF = {"0", "10", "300", "1000"};

    @TempDir
    Path tmp;

    @BeforeEach
    void dataset() throws IOException {
        Path to = Files.createDirectories(tmp.resolve("data/mini"));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/data/mini"))) {
            for (Path f : s.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    private Path scenario(String name, String parameters, String actions) throws IOException {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, """
                name: %s
                dataset: mini
                horizon: {start: 2018-01, end: 2020-12, step: quarter}
                parameters:
                %s
                events:
                  - id: shock
                    date: 2019-01-01
                    actions:
                %s
                """.formatted(name, parameters, actions), StandardCharsets.UTF_8);
        return f;
    }

    private record Run(int exit, String err, Path out) {
    }

    private Run run(Path scenario) {
        Path out = tmp.resolve("out").resolve(scenario.getFileName().toString());
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", scenario.toString(),
                "--out", out.toString(), "--quiet");
        return new Run(exit, err.toString(), out);
    }

    private static final String FAILURE = "tradesim run: scenario [a-z0-9_-]+, product (beef|cars), period \\d{4}-\\d{2}: "
            + "(no equilibrium for product \\1: max relative excess demand \\S+ after \\d+ iterations \\(.+\\)"
            + "|purchase commitment purchase:.+ cannot be met: .+)\\R?";

    @Test
    void everyExtremeCombinationRunsWithFiniteOutputsOrFailsNamingProductPeriodAndResidual() throws IOException {
        int ok = 0;
        int failed = 0;
        StringBuilder failures = new StringBuilder();
        for (String sigma : SIGMA) {
            for (String epsilon : EPSILON) {
                for (String eta : ETA) {
                    for (String tariff : TARIFF) {
                        String name = String.format(Locale.ROOT, "s%s-e%s-h%s-t%s", sigma, epsilon, eta, tariff)
                                .replace(".", "_").replace("--", "-m");
                        Path f = scenario(name, "  - {product: '*', substitution: %s, demand: %s, supply: %s}"
                                .formatted(sigma, epsilon, eta), """
                                      - tariff: {importer: '*', exporter: '*', product: '*'}
                                        set: %s
                                      - demand_shift: {market: JPN, product: beef, percent: -99.9}
                                      - price_shift: {exporter: USA, product: '*', percent: 1000}
                                """.formatted(tariff));
                        Run r = run(f);
                        FuzzHarness.Verdict v = FuzzHarness.judge(r.exit(), r.err(), r.out(), 0);
                        if (v.outcome() == FuzzHarness.Outcome.OK) {
                            ok++;
                        } else {
                            assertEquals(1, r.exit(), name + ": " + v.why() + "\n" + r.err());
                            assertTrue(r.err().matches(FAILURE), name + ": " + r.err());
                            assertFalse(Files.exists(r.out().resolve("flows.csv")), name + ": wrote outputs");
                            failed++;
                            failures.append("  ").append(name).append(": ").append(r.err().strip()).append('\n');
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "run stress grid: %d runs, %d ok with finite outputs, %d exit 1%n%s", ok + failed,
                ok, failed, failures);
        assertEquals(SIGMA.length * EPSILON.length * ETA.length * TARIFF.length, ok + failed);
    }

    @Test
    void aPriceThatWouldLeaveTheDoublesFailsNamingProductPeriodAndResidual() throws IOException {
        // demand falls by 99.999% against supply with elasticity 0.01: the clearing price would be
        // about 1e-500, which no double holds
        Path f = scenario("collapse", "  - {product: beef, substitution: 50, demand: 0, supply: 0.01}", """
                      - demand_shift: {market: '*', product: beef, percent: -99.999}
                      - price_shift: {exporter: USA, product: beef, percent: 1000}
                      - tariff: {importer: JPN, exporter: '*', product: beef}
                        set: 1000
                """);
        Run r = run(f);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().matches("tradesim run: scenario collapse, product beef, period 2019-01: no equilibrium for "
                + "product beef: max relative excess demand \\d\\.\\d{3}e[-+]\\d{2} after \\d+ iterations \\(.+\\)\\R"),
                r.err());
        assertFalse(Files.exists(r.out().resolve("flows.csv")));
    }

    @Test
    void anImpossiblePurchaseCommitmentSaysWhatCannotBeMet() throws IOException {
        Path f = scenario("buy-too-much", "  - {product: beef, substitution: 4}", """
                      - purchase: {importer: JPN, exporter: USA, product: beef, value_usd_m: 1000000000}
                """);
        Run r = run(f);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("tradesim run: scenario buy-too-much, product beef, period 2019-01: purchase "
                + "commitment purchase:JPN:USA:beef cannot be met: 1.00000e+09 USD million a year committed, "
                + "largest reachable "), r.err());
        assertTrue(r.err().contains("with a subsidy of 99% of the tariff-inclusive price"), r.err());
        assertFalse(Files.exists(r.out().resolve("flows.csv")));
    }
}
