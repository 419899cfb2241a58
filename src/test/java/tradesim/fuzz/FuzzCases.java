package tradesim.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import tradesim.scenario.ValidScenarioText;

/**
 * The three kinds of fuzz case, each fixed by one seed: a mutated bundled scenario, a bundled
 * scenario over a dataset with one mutated file, and a generated valid scenario over the mini
 * test dataset. Each runs through {@link FuzzHarness} and cleans up after itself.
 */
final class FuzzCases {

    /** A case's description (enough to reproduce it) and its verdict. */
    record Result(String label, FuzzHarness.Verdict verdict) {
        String explain() {
            return label + "\n  outcome " + verdict.outcome() + ": " + verdict.why() + " (exit " + verdict.exit()
                    + ")\n  stderr:\n" + verdict.err().lines().limit(10).map(l -> "    " + l + "\n")
                    .reduce("", String::concat);
        }
    }

    static final Path MINI = Path.of("src/test/resources/data/mini").toAbsolutePath();
    private static final List<String> DATASET_FILES = List.of("flows.csv", "tariffs.csv", "parameters.csv",
            "dataset.yaml", "growth.csv");

    private FuzzCases() {
    }

    static Result mutatedScenario(long seed, FuzzWorkspace ws, FuzzHarness h) {
        return mutatedScenario(seed, ws, h, false);
    }

    /** A bundled scenario with one extra event whose actions sit at or past the limits of validation. */
    static Result hostileEvent(long seed, FuzzWorkspace ws, FuzzHarness h) {
        return mutatedScenario(seed, ws, h, true);
    }

    private static Result mutatedScenario(long seed, FuzzWorkspace ws, FuzzHarness h, boolean hostileEvent) {
        Random r = new Random(seed);
        String name = ws.names().get(r.nextInt(ws.names().size()));
        boolean monthly = r.nextInt(20) == 0;
        String base = monthly ? ws.monthly.get(name) : ws.yearly.get(name);
        int how = r.nextInt(20);
        FuzzHarness.Mode mode = how < 2 ? FuzzHarness.Mode.DRAWS : how < 5 ? FuzzHarness.Mode.PATHS
                : FuzzHarness.Mode.RUN;
        ScenarioMutator mutator = new ScenarioMutator(r);
        ScenarioMutator.Mutation m = hostileEvent ? mutator.withHostileEvent(base) : mutator.mutate(base);
        Path file = ws.writeScenario(m.text().getBytes(StandardCharsets.UTF_8));
        Path out = ws.newOut();
        String label = "mutated scenario, seed " + seed + ", " + mode.command() + (mode == FuzzHarness.Mode.DRAWS
                ? " --draws 3" : "") + ": " + name + (monthly ? " (monthly)" : " (yearly)") + ": " + m.description();
        try {
            return new Result(label, h.run(label, file, out, mode));
        } finally {
            delete(file);
            FuzzHarness.deleteTree(out);
        }
    }

    static Result mutatedDataset(long seed, FuzzWorkspace ws, FuzzHarness h) {
        Random r = new Random(seed);
        String name = ws.names().get(r.nextInt(ws.names().size()));
        String target = DATASET_FILES.get(r.nextInt(DATASET_FILES.size()));
        Path folder = ws.newCaseFolder();
        try {
            Path data = folder.resolve("data").resolve(FuzzWorkspace.DATASET_NAME);
            FuzzWorkspace.copyDataset(data);
            Path file = data.resolve(target);
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : "country,product,demand_growth_pct,supply_growth_pct,source\n*,*,1.0,1.0,estimate\n"
                    + "JPN,beef,-0.5,,estimate\n";
            String description;
            String mutated;
            if (target.endsWith(".yaml")) {
                ScenarioMutator.Mutation m = new ScenarioMutator(r).mutate(text);
                description = m.description();
                mutated = m.text();
            } else {
                CsvMutator.Mutation m = new CsvMutator(r).mutate(text);
                description = m.description();
                mutated = m.text();
            }
            Files.write(file, mutated.getBytes(StandardCharsets.UTF_8));
            Path scenario = folder.resolve(name);
            Files.writeString(scenario, ws.yearly.get(name), StandardCharsets.UTF_8);
            String label = "mutated dataset, seed " + seed + ": " + name + " over " + target + ": " + description;
            return new Result(label, h.run(label, scenario, folder.resolve("out")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FuzzHarness.deleteTree(folder);
        }
    }

    static Result generatedScenario(long seed, FuzzWorkspace ws, FuzzHarness h) {
        String text = ValidScenarioText.build(seed, MINI.toString());
        Path folder = ws.newCaseFolder();
        try {
            Path scenario = folder.resolve("generated.yaml");
            Files.writeString(scenario, text, StandardCharsets.UTF_8);
            String label = "generated scenario, seed " + seed;
            FuzzHarness.Verdict v = h.run(label, scenario, folder.resolve("out"));
            return new Result(label + "\n" + text, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FuzzHarness.deleteTree(folder);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
