package tradesim.exercises;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.engine.uncertainty.ExpectedOutcome;
import tradesim.model.FlowKey;
import tradesim.results.AnnualFlows;
import tradesim.results.FlowRow;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/**
 * Keeps the teachers' answer keys in step with the model: every directional claim written at the
 * end of an answer key (an HTML comment {@code claim: ...}, format in scenarios/exercises/README.md)
 * is checked by running its scenario. The student handouts beside them must hold no answers.
 */
class ExerciseClaimsTest {

    private static final Path EXERCISES = Path.of("scenarios/exercises");
    private static final Path ANSWERS = EXERCISES.resolve("answers");
    private static final Pattern OPERATOR = Pattern.compile("\\s*(>|<(?!-))\\s*");
    private static final Pattern CLAIM = Pattern.compile("<!--\\s*claim:\\s*(.*?)\\s*-->");
    private final Map<String, List<FlowRow>> runs = new HashMap<>();

    /** One side of a claim: which result, which flow, in which year. */
    private record Term(String scenario, Optional<String> path, boolean expected, int year, FlowKey flow) {
    }

    @TestFactory
    Stream<DynamicTest> everyClaimHolds() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(ANSWERS)) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = CLAIM.matcher(Files.readString(md));
                while (m.find()) {
                    String claim = m.group(1);
                    tests.add(DynamicTest.dynamicTest(md.getFileName() + ": " + claim, () -> check(claim)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "the exercises carry claims");
        return tests.stream();
    }

    /** Every handout has its answer key, and no handout gives its answers or claims away. */
    @TestFactory
    Stream<DynamicTest> handoutsHoldQuestionsOnly() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXERCISES)) {
            for (Path md : files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(md.getFileName().toString(), () -> {
                    String text = Files.readString(md);
                    assertTrue(text.contains("## Questions"), md + " has questions");
                    assertFalse(text.contains("Teacher's answer") || CLAIM.matcher(text).find(),
                            md + " gives its answers away");
                    Path key = ANSWERS.resolve(md.getFileName());
                    assertTrue(Files.exists(key), "no answer key " + key);
                    assertTrue(Files.readString(key).contains("## Teacher's answer"), key + " holds the answers");
                }));
            }
        }
        assertFalse(tests.isEmpty(), "there are handouts");
        return tests.stream();
    }

    private void check(String claim) throws Exception {
        // The operator is > or a < that does not start a flow arrow such as JPN<-AUS.
        Matcher opm = OPERATOR.matcher(claim);
        assertTrue(opm.find(), "no operator in " + claim);
        String op = opm.group(1);
        String[] sides = {claim.substring(0, opm.start()), claim.substring(opm.end())};
        Map<String, String> left = fields(sides[0]);
        Term l = term(left, Map.of());
        double lv = changePct(l);
        double rv;
        String right = sides[1].trim();
        if (right.matches("-?[0-9.]+")) {
            rv = Double.parseDouble(right);
        } else {
            rv = changePct(term(fields(right), left));
        }
        boolean holds = op.equals(">") ? lv > rv : lv < rv;
        assertTrue(holds, claim + " (left " + lv + ", right " + rv + ")");
    }

    /** key=value tokens; the value of path= may itself hold '=' and ';'. */
    private static Map<String, String> fields(String s) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String token : s.trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) f.put(token.substring(0, eq), token.substring(eq + 1));
        }
        return f;
    }

    /** A right-hand term takes the left's scenario and year unless it names its own scenario. */
    private static Term term(Map<String, String> f, Map<String, String> left) {
        String scenario = f.getOrDefault("scenario", left.get("scenario"));
        int year = Integer.parseInt(f.getOrDefault("year", left.get("year")));
        String[] flow = f.get("flow").split("<-|:");
        return new Term(scenario, Optional.ofNullable(f.get("path")), "expected".equals(f.get("source")), year,
                new FlowKey(flow[0], flow[1], flow[2]));
    }

    private double changePct(Term t) throws Exception {
        String key = t.scenario() + "|" + t.path().orElse("") + "|" + t.expected();
        List<FlowRow> rows = runs.get(key);
        if (rows == null) {
            rows = run(t);
            runs.put(key, rows);
        }
        return AnnualFlows.of(rows, 1).stream().filter(a -> a.year() == t.year() && a.flow().equals(t.flow()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + t.flow() + " in " + t.year()))
                .changePct();
    }

    private static List<FlowRow> run(Term t) throws Exception {
        Path file = EXERCISES.getParent().resolve("us-japan-2018").resolve(t.scenario() + ".yaml");
        if (!Files.exists(file)) file = EXERCISES.resolve(t.scenario() + ".yaml");
        LoadedScenario ls = ScenarioLoader.load(file, Optional.empty());
        if (t.expected()) return ExpectedOutcome.of(ls.scenario(), ls.dataset()).flows();
        Map<String, String> choices = new LinkedHashMap<>();
        t.path().ifPresent(p -> {
            for (String part : p.split(";")) choices.put(part.split("=")[0], part.split("=")[1]);
        });
        return new Simulation(ls.scenario(), ls.dataset()).run(new EventTree(ls.scenario()).choose(choices)).flows();
    }
}
