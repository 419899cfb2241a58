package tradesim.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import tradesim.model.InputException;

/** Whatever one line of one dataset file says, loading either succeeds or raises InputException. */
class DatasetPropertiesTest {

    private static final List<String> FILES = List.of("dataset.yaml", "flows.csv", "tariffs.csv", "parameters.csv",
            "growth.csv");
    private static final List<String> NOISE = List.of(",", "\"", "\"\"", "*", "-1", "inf", ".nan", "1e999", "",
            "\r", "\n", ":", "[", "{", "- ", "'", "JPN", "beef", "estimate", "  ", "\t", "12%", "1,5");

    @Property(tries = 400)
    void oneChangedLineNeverEscapesAsAnotherException(@ForAll long seed) throws IOException {
        Random r = new Random(seed);
        Path folder = Files.createTempDirectory("dataset");
        try {
            for (String f : FILES) Files.copy(DatasetLoaderTest.MINI.resolve(f), folder.resolve(f));
            Path target = folder.resolve(FILES.get(r.nextInt(FILES.size())));
            List<String> lines = new ArrayList<>(Files.readAllLines(target, StandardCharsets.UTF_8));
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
            String noise = NOISE.get(r.nextInt(NOISE.size()));
            switch (r.nextInt(4)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> lines.set(i, line.substring(0, at) + noise + line.substring(at));
                default -> lines.set(i, line.substring(0, at) + noise
                        + line.substring(Math.min(line.length(), at + 1 + r.nextInt(8))));
            }
            Files.writeString(target, String.join("\n", lines), StandardCharsets.UTF_8);
            try {
                DatasetLoader.load(folder);
            } catch (InputException expected) {
                // the one acceptable failure
            } catch (RuntimeException e) {
                throw new AssertionError("escaped " + e + " after editing " + target.getFileName() + " line "
                        + (i + 1) + ":\n" + String.join("\n", lines), e);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }
}
