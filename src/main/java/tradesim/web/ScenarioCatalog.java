package tradesim.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tradesim.app.ScenarioInputs;
import tradesim.model.InputException;
import tradesim.scenario.LoadedScenario;

/**
 * The scenarios the server offers, found once at start under its folder and addressed by name
 * only, so a request can never name a file. Folders called {@code data} hold datasets and are not
 * searched; symbolic links are not followed, so nothing outside the folder is read as a scenario.
 * A file that does not validate is left out with a line on stderr.
 */
final class ScenarioCatalog {

    /**
     * One scenario as found at start: its file (relative to the folder), the loaded scenario, and its
     * text as plain YAML values, which requests extend (never change: they copy what they extend).
     */
    record Entry(String name, String file, Path path, Map<String, Object> document, LoadedScenario loaded) {
    }

    private final Path root;
    private final Map<String, Entry> byName;

    private ScenarioCatalog(Path root, Map<String, Entry> byName) {
        this.root = root;
        this.byName = Collections.unmodifiableMap(byName);
    }

    static ScenarioCatalog scan(Path dir, ScenarioInputs inputs, PrintStream warnings) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!d.equals(root) && (d.getFileName().toString().equals("data")
                        || d.getFileName().toString().startsWith("."))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String n = f.getFileName().toString();
                if (attrs.isRegularFile() && (n.endsWith(".yaml") || n.endsWith(".yml"))) files.add(f);
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(files);
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                LoadedScenario ls = inputs.load(f);
                String name = ls.scenario().name();
                if (byName.containsKey(name)) {
                    warnings.println("serve: skipped " + rel + ": the scenario name '" + name + "' is already taken by "
                            + byName.get(name).file());
                    continue;
                }
                Map<String, Object> document = new LinkedHashMap<>();
                if (new Load(LoadSettings.builder().build()).loadFromString(text) instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> document.put(String.valueOf(k), v));
                }
                byName.put(name, new Entry(name, rel, f, Collections.unmodifiableMap(document), ls));
            } catch (InputException e) {
                warnings.println("serve: skipped " + rel + " (it does not validate; run tradesim validate " + rel + ")");
            } catch (IOException | RuntimeException e) {
                warnings.println("serve: skipped " + rel + ": " + e.getMessage());
            }
        }
        return new ScenarioCatalog(root, byName);
    }

    Path root() {
        return root;
    }

    /** Scenarios in file order. */
    List<Entry> entries() {
        return List.copyOf(byName.values());
    }

    /** A scenario by its name; anything that is not a listed name (a path, "..") finds nothing. */
    Optional<Entry> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
