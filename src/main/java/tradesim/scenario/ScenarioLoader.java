package tradesim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

import tradesim.dataset.DatasetLoader;
import tradesim.dataset.DatasetLocator;
import tradesim.model.Dataset;
import tradesim.model.Event;
import tradesim.model.FlowKey;
import tradesim.model.Horizon;
import tradesim.model.InputException;
import tradesim.model.ParameterRule;
import tradesim.model.Problem;
import tradesim.model.Scenario;
import tradesim.model.Uncertainty;
import tradesim.scenario.DatasetIds.Kind;
import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;
import tradesim.input.YamlDocument;
import tradesim.input.YamlMap;
import tradesim.input.YamlNode;

/**
 * Loads a scenario file (docs/model.md, The scenario file): parses the YAML, finds and loads its dataset,
 * and checks every id against it. All problems of the scenario and its dataset are collected in
 * one pass and thrown together; model records are built only from values already checked.
 */
public final class ScenarioLoader {

    static final List<String> KEYS = List.of("name", "title", "description", "dataset", "horizon", "parameters",
            "events", "uncertainty", "headline", "baseline");
    private static final List<String> STEPS = List.of("month", "quarter", "year");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /**
     * Longest horizon. Calibrated elasticities and base-year shares say little decades out, and
     * every period is solved: 9999-12 as an end (a typo for 2029-12) made a run take hours.
     */
    static final int MAX_HORIZON_YEARS = 50;
    /**
     * Longest scenario name, event id or outcome id. Each is repeated in every row of every output
     * (a 2-million-character name made a flows.csv of gigabytes) and the name is a folder name.
     */
    static final int MAX_ID_LENGTH = 64;

    private ScenarioLoader() {
    }

    /** Loads a scenario file; its dataset is looked up from the file's folder. */
    public static LoadedScenario load(Path file, Optional<Path> toolHome) throws InputException {
        String display = file.toString();
        ProblemCollector problems = new ProblemCollector();
        Optional<YamlNode> root = YamlDocument.read(file, display, "a scenario", problems);
        problems.throwIfAny();
        return load(root.orElseThrow(), file, display, () -> sha256(file, display), toolHome, DatasetLoader::load,
                problems);
    }

    /**
     * Loads a scenario held in memory (a web form, a test): {@code display} names it in messages and
     * in run.json, and its dataset is looked up from {@code folder} as if the text were a file there.
     * The hash is that of the text's UTF-8 bytes, so text saved unchanged to a file hashes the same.
     */
    public static LoadedScenario load(String yamlText, String display, Path folder, Optional<Path> toolHome)
            throws InputException {
        return load(yamlText, display, folder, toolHome, DatasetLoader::load);
    }

    /** Where a scenario's dataset comes from once its folder is found: read from disk, or a cache of datasets read. */
    @FunctionalInterface
    public interface DatasetSource {
        Dataset load(Path datasetFolder) throws InputException;
    }

    /** As {@link #load(String, String, Path, Optional)}, with datasets taken from {@code datasets}. */
    public static LoadedScenario load(String yamlText, String display, Path folder, Optional<Path> toolHome,
                                      DatasetSource datasets) throws InputException {
        ProblemCollector problems = new ProblemCollector();
        Optional<YamlNode> root = YamlDocument.parse(yamlText, display, "a scenario", problems);
        problems.throwIfAny();
        return load(root.orElseThrow(), folder.resolve("scenario.yaml"), display,
                () -> sha256(yamlText.getBytes(StandardCharsets.UTF_8)), toolHome, datasets, problems);
    }

    /** The SHA-256 of the scenario's source, read only once the scenario has checked out. */
    @FunctionalInterface
    private interface SourceHash {
        String get() throws InputException;
    }

    private static LoadedScenario load(YamlNode root, Path file, String display, SourceHash hash,
                                       Optional<Path> toolHome, DatasetSource datasets, ProblemCollector problems)
            throws InputException {
        Optional<YamlMap> top = root.map("a scenario file", KEYS);
        if (top.isEmpty()) {
            problems.throwIfAny();
        }
        YamlMap m = top.orElseThrow();

        Optional<String> name = m.require("name", "the scenario").flatMap(ScenarioLoader::name);
        String title = m.get("title").flatMap(n -> n.text("title")).orElse(name.orElse(""));
        String description = m.get("description").flatMap(n -> n.text("description")).orElse("");
        Optional<String> datasetRef = m.require("dataset", "the scenario").flatMap(n -> n.text("dataset"));
        Optional<Dataset> dataset = datasetRef.flatMap(ref -> dataset(file, ref, m.get("dataset").orElseThrow(),
                toolHome, datasets, problems));
        DatasetIds ids = DatasetIds.of(dataset);
        Optional<Horizon> horizon = m.require("horizon", "the scenario").flatMap(ScenarioLoader::horizon);

        ParameterReader parameters = new ParameterReader(ids);
        Optional<List<ParameterRule>> overrides = m.get("parameters")
                .map(n -> parameters.overrides(n, name.orElse("")))
                .orElse(Optional.of(List.of()));
        // Safeguard and quota ids are unique across the whole file, baseline and events alike.
        ActionReader actions = new ActionReader(ids, new java.util.HashMap<>());
        EventReader baselineReader = new EventReader(actions, horizon.orElse(null), true, java.util.Set.of());
        Optional<List<Event>> baseline = m.get("baseline").map(baselineReader::read).orElse(Optional.of(List.of()));
        // --path and paths.csv name events by id: a scenario event may not reuse a baseline event's id
        java.util.Map<String, Integer> baselineIds = new java.util.HashMap<>();
        baseline.ifPresent(list -> list.forEach(e -> baselineIds.put(e.id(), 0)));
        EventReader events = new EventReader(actions, horizon.orElse(null), false, baselineIds.keySet());
        Optional<List<Event>> eventList = m.get("events").map(events::read).orElse(Optional.of(List.of()));
        Optional<Optional<Uncertainty>> uncertainty = m.get("uncertainty")
                .map(n -> parameters.uncertainty(n).map(Optional::of)).orElse(Optional.of(Optional.empty()));
        Optional<List<FlowKey>> headline = m.get("headline").map(n -> headline(n, ids))
                .orElse(Optional.of(List.of()));

        problems.throwIfAny();
        try {
            Scenario scenario = new Scenario(name.orElseThrow(), title, description, datasetRef.orElseThrow(),
                    horizon.orElseThrow(), overrides.orElseThrow(), eventList.orElseThrow(),
                    uncertainty.orElseThrow(), headline.orElseThrow(), display, hash.get(), baseline.orElseThrow());
            return new LoadedScenario(scenario, dataset.orElseThrow());
        } catch (NoSuchElementException | IllegalArgumentException e) {
            // A check above let a bad value through without saying why. Still fail as bad input, never
            // with a stack trace; the property tests look for this message to catch such gaps.
            throw new InputException(Problem.ofFile(display, "could not build the scenario: " + e.getMessage()));
        }
    }

    private static Optional<String> name(YamlNode n) {
        Optional<String> v = n.text("name");
        if (v.isPresent() && v.get().length() > MAX_ID_LENGTH) {
            // the name is a folder name and the first cell of every output row
            n.report("name is too long (found " + v.get().length() + " characters, expected at most "
                    + MAX_ID_LENGTH + ")");
            return Optional.empty();
        }
        if (v.isPresent() && !NAME.matcher(v.get()).matches()) {
            n.report("name must be a file-safe id (found " + n.found()
                    + ", expected lowercase letters, digits, '_' or '-', starting with a letter or digit)");
            return Optional.empty();
        }
        return v;
    }

    private static Optional<Dataset> dataset(Path file, String ref, YamlNode node, Optional<Path> toolHome,
                                             DatasetSource datasets, ProblemCollector problems) {
        Optional<Path> folder = DatasetLocator.find(file, ref, toolHome);
        if (folder.isEmpty()) {
            node.report(DatasetLocator.notFoundMessage(ref, DatasetLocator.candidates(file, ref, toolHome)));
            return Optional.empty();
        }
        try {
            return Optional.of(datasets.load(folder.get()));
        } catch (InputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    private static Optional<Horizon> horizon(YamlNode node) {
        Optional<YamlMap> m = node.map("horizon", List.of("start", "end", "step"));
        if (m.isEmpty()) return Optional.empty();
        Optional<YearMonth> start = m.get().require("start", "horizon").flatMap(n -> DateText.month(n, "start"));
        Optional<YamlNode> endNode = m.get().require("end", "horizon");
        Optional<YearMonth> end = endNode.flatMap(n -> DateText.month(n, "end"));
        Optional<Horizon.Step> step = m.get().get("step").map(ScenarioLoader::step)
                .orElse(Optional.of(Horizon.Step.MONTH));
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            endNode.get().report("horizon end is before its start (found " + end.get() + ", expected "
                    + start.get() + " or later)");
            return Optional.empty();
        }
        if (start.isPresent() && end.isPresent()
                && !end.get().isBefore(start.get().plusYears(MAX_HORIZON_YEARS))) {
            endNode.get().report("horizon is too long (found " + start.get() + " to " + end.get() + ", expected at most "
                    + MAX_HORIZON_YEARS + " years: an end before " + start.get().plusYears(MAX_HORIZON_YEARS) + ")");
            return Optional.empty();
        }
        if (start.isEmpty() || end.isEmpty() || step.isEmpty()) return Optional.empty();
        return Optional.of(new Horizon(start.get(), end.get(), step.get()));
    }

    private static Optional<Horizon.Step> step(YamlNode n) {
        Optional<String> v = n.text("step");
        if (v.isEmpty()) return Optional.empty();
        if (STEPS.contains(v.get())) return Optional.of(Horizon.Step.valueOf(v.get().toUpperCase(Locale.ROOT)));
        String hint = Spelling.hint(v.get(), STEPS);
        n.report("unknown step '" + Spelling.shown(v.get()) + "'" + (hint.isEmpty() ? " (expected one of: month, quarter, year)"
                : hint));
        return Optional.empty();
    }

    private static Optional<List<FlowKey>> headline(YamlNode node, DatasetIds ids) {
        Optional<List<YamlNode>> items = node.list("headline");
        if (items.isEmpty()) return Optional.empty();
        List<FlowKey> keys = new ArrayList<>();
        java.util.Map<FlowKey, Integer> firstLine = new java.util.HashMap<>();
        boolean ok = true;
        for (YamlNode item : items.get()) {
            Optional<YamlMap> m = item.map("a headline flow", List.of("importer", "exporter", "product"));
            Optional<String> importer = m.flatMap(x -> x.require("importer", "a headline flow"))
                    .flatMap(n -> ids.id(n, Kind.COUNTRY, "importer"));
            Optional<String> exporter = m.flatMap(x -> x.require("exporter", "a headline flow"))
                    .flatMap(n -> ids.id(n, Kind.COUNTRY, "exporter"));
            Optional<String> product = m.flatMap(x -> x.require("product", "a headline flow"))
                    .flatMap(n -> ids.id(n, Kind.PRODUCT, "product"));
            if (importer.isPresent() && exporter.isPresent() && product.isPresent()) {
                FlowKey key = new FlowKey(importer.get(), exporter.get(), product.get());
                Integer first = firstLine.putIfAbsent(key, item.line());
                if (first != null) {
                    // each headline is one series of a chart: the same flow twice is a slip, and a
                    // chart cannot hold two series under one name
                    item.report("duplicate headline flow " + key + " (first at line " + first + ")");
                    ok = false;
                } else if (ids.hasFlow(key)) {
                    keys.add(key);
                } else {
                    // a flow with no base trade stays at zero in a calibrated CES nest: a flat chart
                    item.report("headline flow " + key + " has no base-year flow in the dataset (expected a flow "
                            + "listed in flows.csv)");
                    ok = false;
                }
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(keys) : Optional.empty();
    }

    private static String sha256(Path file, String display) throws InputException {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(display, "cannot read the file: " + e.getMessage()));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
