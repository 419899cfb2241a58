package tradesim.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The exercise handouts a class works through beside the controls: markdown files under
 * {@code exercises/} whose names start with two digits, their questions taken from under a
 * {@code ## Questions} heading. Answer keys (any file or folder with "answer" in its name) are
 * never read, so the page cannot show them.
 */
final class Handouts {

    private static final Pattern HANDOUT = Pattern.compile("[0-9]{2}.*\\.md");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[0-9]+[.)]|[-*])\\s+(.*)$");

    /**
     * One handout: its file stem, its title (the first heading), the scenario it names first (null
     * when it names none), its questions.
     */
    record Handout(String id, String title, String scenario, List<String> questions) {
    }

    private Handouts() {
    }

    static List<Handout> read(Path dir, List<String> scenarioNames) throws IOException {
        Path folder = dir.resolve("exercises");
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder, 2)) {
            files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) // no link out of the folder
                    .filter(p -> HANDOUT.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !folder.relativize(p).toString().toLowerCase(java.util.Locale.ROOT).contains("answer"))
                    .sorted().toList();
        }
        List<Handout> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<String> questions = questions(text);
            if (questions.isEmpty()) continue;
            String stem = f.getFileName().toString().replaceFirst("\\.md$", "");
            String title = text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).trim())
                    .orElse(stem);
            out.add(new Handout(stem, title, firstNamed(text, scenarioNames).orElse(null), questions));
        }
        return List.copyOf(out);
    }

    /** The numbered or bulleted items under "## Questions", continuation lines joined. */
    static List<String> questions(String markdown) {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        StringBuilder current = null;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("## ")) {
                if (inside) break;
                inside = line.substring(3).trim().equalsIgnoreCase("Questions");
                continue;
            }
            if (!inside) continue;
            var m = ITEM.matcher(line);
            if (m.matches()) {
                if (current != null) out.add(current.toString());
                current = new StringBuilder(m.group(1).trim());
            } else if (current != null && !line.isBlank()) {
                current.append(' ').append(line.trim());
            }
        }
        if (current != null) out.add(current.toString());
        return out;
    }

    private static Optional<String> firstNamed(String text, List<String> names) {
        int best = Integer.MAX_VALUE;
        String found = null;
        for (String n : names) {
            int i = text.indexOf(n);
            if (i >= 0 && (i < best || (i == best && n.length() > found.length()))) {
                best = i;
                found = n;
            }
        }
        return Optional.ofNullable(found);
    }
}
