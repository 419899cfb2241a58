package tradesim.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.report.HandoutPage;

/**
 * The classroom exercises: the handouts {@code NN-*.md} of an exercises folder (never its
 * {@code answers/} subfolder, which holds the teacher's keys), listed, or rendered as printable pages.
 */
public final class Exercises {

    private static final Pattern HANDOUT = Pattern.compile("\\d{2}-[A-Za-z0-9._-]+\\.md");

    /** One handout: its name (the file name without .md), its title (first heading) and its file. */
    public record Exercise(String name, String title, Path file) {
    }

    private Exercises() {
    }

    /** The handouts of {@code folder} in name order. */
    public static List<Exercise> list(Path folder) throws IOException {
        List<Exercise> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(x -> HANDOUT.matcher(x.getFileName().toString()).matches()).sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.md$", "");
                out.add(new Exercise(name, title(Files.readString(p, StandardCharsets.UTF_8)).orElse(name), p));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The handout {@code name} names: its full name, or its number ("5", "05").
     *
     * @throws InputException naming the handouts there are when none matches
     */
    public static Exercise find(Path folder, String name) throws InputException, IOException {
        List<Exercise> all = list(folder);
        for (Exercise e : all) {
            if (e.name().equals(name) || (e.name() + ".md").equals(name)) return e;
        }
        if (name.matches("\\d{1,2}")) {
            String number = String.format(java.util.Locale.ROOT, "%02d", Integer.parseInt(name));
            for (Exercise e : all) if (e.name().startsWith(number + "-")) return e;
        }
        throw new InputException(Problem.ofFile(name, "unknown exercise '" + name + "' (expected a number or one of: "
                + String.join(", ", all.stream().map(Exercise::name).toList()) + ")"));
    }

    /** The printable page of a handout. */
    public static HandoutPage.Page page(Exercise e) throws IOException {
        return HandoutPage.render(e.name(), Files.readString(e.file(), StandardCharsets.UTF_8));
    }

    /** Where handouts go when no folder is given. */
    public static Path defaultFolder() {
        return Path.of("charts", "exercises");
    }

    private static Optional<String> title(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst();
    }
}
