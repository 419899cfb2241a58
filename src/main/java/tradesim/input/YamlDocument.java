package tradesim.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one YAML file into a node tree, refusing anything a data file has no business containing.
 *
 * <p>Only nodes are composed; no Java object is ever built from a tag, and any tag other than
 * the plain YAML ones is a problem. Files over {@link #MAX_BYTES} are refused before parsing.
 * snakeyaml-engine's composer recurses per nesting level and has no depth limit, so a first pass
 * over the (iterative) event stream rejects nesting deeper than {@link YamlNode#MAX_DEPTH} and
 * alias counts past {@link #MAX_ALIASES} before the composer ever sees the text.
 */
public final class YamlDocument {

    /** Larger than any real scenario or dataset description by orders of magnitude. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Aliases to collections; a few are handy for repeated action lists, thousands are an attack. */
    public static final int MAX_ALIASES = 50;

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ,
            Tag.MAP, Tag.ENV_TAG);

    private YamlDocument() {
    }

    /**
     * The root node of {@code path}, or empty after adding the reason to {@code problems}.
     *
     * @param display how the file is named in messages (the path as the user gave it)
     * @param what    what the file should hold, for the empty-file message, e.g. "a scenario"
     */
    public static Optional<YamlNode> read(Path path, String display, String what, ProblemCollector problems) {
        Optional<String> text = readText(path, display, problems);
        if (text.isEmpty()) return Optional.empty();
        return parse(text.get(), display, what, problems);
    }

    /** Parses YAML text already in memory; {@code display} names it in messages. */
    public static Optional<YamlNode> parse(String text, String display, String what, ProblemCollector problems) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(display)
                .setAllowDuplicateKeys(true) // checked on the node tree, where the position is known
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES + 1)
                .setUseMarks(true)
                // The reader copies its window each time it refills, so a long scalar (a pasted page)
                // costs time quadratic in its length with the default 1 KiB buffer. The text is in
                // memory already (at most MAX_BYTES): hand it over in one piece.
                .setBufferSize(Math.max(1024, text.length() + 1))
                .build();
        int before = problems.count();
        try {
            checkShape(new Parse(settings).parseString(text), display, problems);
            if (problems.count() > before) return Optional.empty();
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty() || isNull(root.get())) {
                problems.addFile(display, "the file is empty (found no YAML content, expected " + what + ")");
                return Optional.empty();
            }
            checkTags(root.get(), display, problems);
            if (problems.count() > before) return Optional.empty();
            return Optional.of(new YamlNode(root.get(), display, problems, 0));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            // context first, as snakeyaml prints it: "while parsing a flow sequence, expected ',' or ']'..."
            String context = oneLine(e.getContext());
            problems.add(display, mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1),
                    "YAML syntax error: " + (context.isEmpty() ? "" : context + ", ") + oneLine(e.getProblem())
                            + aliasHint(e));
        } catch (ReaderException e) {
            // A character YAML does not allow (most control characters): say where and which.
            int[] at = lineAndColumn(text, e.getPosition());
            problems.add(display, at[0], at[1], "YAML error: " + oneLine(e.getMessage().replaceFirst("^[^:]*: ", ""))
                    .replaceFirst("special characters are not allowed.*", "a control character is not allowed")
                    + String.format(java.util.Locale.ROOT, " (found U+%04X, expected printable text)",
                    e.getCodePoint()));
        } catch (YamlEngineException e) {
            problems.addFile(display, "YAML error: " + oneLine(e.getMessage()));
        }
        return Optional.empty();
    }

    private static Optional<String> readText(Path path, String display, ProblemCollector problems) {
        try {
            if (Files.isDirectory(path)) {
                problems.addFile(display, "is a folder (expected a YAML file)");
                return Optional.empty();
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.addFile(display, "the file is too large to be a YAML input (found " + size
                        + " bytes, expected at most " + MAX_BYTES + ")");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            for (byte b : bytes) {
                if (b == 0) {
                    problems.addFile(display, "not a text file (found binary data, expected UTF-8 YAML)");
                    return Optional.empty();
                }
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (NoSuchFileException e) {
            problems.addFile(display, "file not found");
        } catch (CharacterCodingException e) {
            problems.addFile(display, "not a text file (found bytes that are not UTF-8, expected UTF-8 YAML)");
        } catch (IOException e) {
            problems.addFile(display, "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Depth and alias limits, checked on the event stream so that the composer never recurses deeply. */
    private static void checkShape(Iterable<Event> events, String display, ProblemCollector problems) {
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event e : events) {
            if (e instanceof CollectionStartEvent start) {
                start.getAnchor().map(Anchor::getValue).ifPresent(collectionAnchors::add);
                if (++depth > YamlNode.MAX_DEPTH) {
                    problems.add(display, line(e), column(e), "nesting too deep (found more than "
                            + YamlNode.MAX_DEPTH + " levels, expected at most " + YamlNode.MAX_DEPTH + ")");
                    return;
                }
            } else if (e.getEventId() == Event.ID.SequenceEnd || e.getEventId() == Event.ID.MappingEnd) {
                depth--;
            } else if (e instanceof AliasEvent alias && collectionAnchors.contains(alias.getAlias().getValue())
                    && ++aliases > MAX_ALIASES) {
                problems.add(display, line(e), column(e), "too many aliases (found more than " + MAX_ALIASES
                        + " aliases of lists or mappings, expected at most " + MAX_ALIASES + ")");
                return;
            }
        }
    }

    /** Rejects every explicit tag that is not plain YAML, e.g. {@code !!javax.script.ScriptEngineManager}. */
    private static void checkTags(Node root, String display, ProblemCollector problems) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) continue;
            if (!PLAIN_TAGS.contains(n.getTag())) {
                String tag = n.getTag().getValue();
                if (tag.startsWith(Tag.PREFIX)) tag = "!!" + tag.substring(Tag.PREFIX.length());
                Optional<Mark> m = n.getStartMark();
                problems.add(display, m.map(x -> x.getLine() + 1).orElse(1), m.map(x -> x.getColumn() + 1).orElse(1),
                        "unknown tag '" + Spelling.shown(tag) + "' (expected plain YAML without tags)");
            }
            if (n instanceof SequenceNode s) {
                s.getValue().forEach(todo::push);
            } else if (n instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
            }
        }
    }

    /** 1-based line and column of the code point at {@code position} in {@code text}. */
    static int[] lineAndColumn(String text, int position) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int cp = 0; cp < position && i < text.length(); cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && n.getTag().equals(Tag.NULL) && s.isPlain();
    }

    private static int line(Event e) {
        return e.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static int column(Event e) {
        return e.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    /** A bare {@code *} selector is the commonest way to trip over YAML aliases. */
    private static String aliasHint(MarkedYamlEngineException e) {
        String all = e.getProblem() + " " + e.getContext();
        return all.contains("alias") ? " (a bare * starts a YAML alias: write '*' in quotes)" : "";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
