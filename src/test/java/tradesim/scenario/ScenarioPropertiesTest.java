package tradesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tradesim.model.InputException;

/**
 * The parser's contract under random input: every valid file loads, and no edit of a valid file
 * makes anything but an InputException escape (no NullPointerException, no IllegalArgumentException
 * from a model record, no parser exception).
 */
class ScenarioPropertiesTest {

    static final String MINI = Path.of("src/test/resources/data/mini").toAbsolutePath().toString();
    private static final List<String> NOISE = List.of(":", "[", "]", "{", "}", "-", "*", "&a", "*a", "!!str",
            "!x", "'", "\"", "#", ",", ".", " ", "  ", "\t", "0", "-1", ".nan", ".inf", "1e999", "~", "null",
            "? ", "|", ">", "%", "@", "\\", "\u00e9", "\uFEFF", "---", "...", "9999-99-99", "2018-02-30", "'*'");

    @Provide
    Arbitrary<String> validScenarios() {
        return Arbitraries.longs().map(seed -> ValidScenarioText.build(seed, MINI));
    }

    @Property(tries = 300)
    void everyGeneratedValidScenarioLoads(@ForAll("validScenarios") String yaml) throws IOException {
        Path file = Files.createTempFile("valid", ".yaml");
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            try {
                LoadedScenario s = ScenarioLoader.load(file, Optional.empty());
                assertEquals("mini", s.dataset().name());
            } catch (InputException e) {
                fail("a valid scenario was rejected:\n" + e.getMessage() + "\n---\n" + yaml);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 600)
    void singleLineMutationsOnlyEverRaiseInputException(@ForAll("validScenarios") String yaml,
                                                        @ForAll long mutationSeed) throws IOException {
        String mutated = mutate(yaml, new Random(mutationSeed));
        Path file = Files.createTempFile("mutated", ".yaml");
        try {
            Files.writeString(file, mutated, StandardCharsets.UTF_8);
            try {
                ScenarioLoader.load(file, Optional.empty());
            } catch (InputException expected) {
                // the only acceptable failure, but not the loader's own safety net for unexplained values
                if (expected.getMessage().contains("could not build the scenario")) {
                    throw new AssertionError("a problem went unreported: " + expected.getMessage() + "\n---\n"
                            + mutated, expected);
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("escaped " + e + "\n---\n" + mutated, e);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 200)
    void mutationsOfTheRichScenarioOnlyEverRaiseInputException(@ForAll long mutationSeed) throws IOException {
        singleLineMutationsOnlyEverRaiseInputException(
                Files.readString(ScenarioLoaderTest.RICH).replace("dataset: mini", "dataset: '" + MINI + "'"),
                mutationSeed);
    }

    /** One line changed: deleted, doubled, re-indented, cut short, or with noise put in or swapped in. */
    static String mutate(String yaml, Random r) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        int i = r.nextInt(lines.size());
        String line = lines.get(i);
        String noise = NOISE.get(r.nextInt(NOISE.size()));
        int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
        switch (r.nextInt(7)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, line);
            case 2 -> lines.set(i, " ".repeat(r.nextInt(4)) + line.stripLeading());
            case 3 -> lines.set(i, line.substring(0, at));
            case 4 -> lines.set(i, line.substring(0, at) + noise + line.substring(at));
            case 5 -> lines.set(i, line.substring(0, at) + noise
                    + line.substring(Math.min(line.length(), at + 1 + r.nextInt(6))));
            default -> {
                int j = r.nextInt(lines.size());
                lines.set(i, lines.get(j));
            }
        }
        return String.join("\n", lines);
    }
}
