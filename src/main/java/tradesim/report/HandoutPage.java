package tradesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student handout as a printable HTML page, from an exercise's markdown. It reads the small part of
 * markdown the exercises use (headings, paragraphs, lists, tables, fenced code, inline code, bold,
 * italics, links) and renders it through the {@code handout.html} template, so every piece of text is
 * escaped. Answers never reach the page: HTML comments (the machine-checked claims) and any section
 * whose heading starts with "Teacher", "Answer" or "Solution" are left out, whatever file they come from.
 *
 * <p>The commands a student types are the tradesim lines of the code blocks. A {@code run},
 * {@code paths}, {@code sensitivity} or {@code compare} line without {@code --out} gets one, a folder
 * of its own per step ({@code charts/exercise-NN/K-COMMAND-SCENARIO}), so steps never overwrite each
 * other; a line that names its folder keeps it.
 */
public final class HandoutPage {

    private static final String TEMPLATE = "/tradesim/report/handout.html";
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}(\\d+)[.)]\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\*([^*\\s][^*]*)\\*"
            + "|\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    /** "Teacher's answer", "Answers", "Answer key", "Solution": the headings of what a student must not see. */
    private static final Pattern ANSWER_HEADING = Pattern.compile("^(teacher|answers?\\b|solutions?\\b)|answer key");
    private static final Pattern TRADESIM_LINE = Pattern.compile("^(\\./tradesim|tradesim)\\s+(run|paths|sensitivity|compare)\\b(.*)$");

    /** The page and the commands it lists. */
    public record Page(String title, String html, List<String> commands) {
    }

    private HandoutPage() {
    }

    /**
     * @param name     the exercise's name (its file name without {@code .md}), e.g. {@code 05-negotiation-tree}
     * @param markdown the handout's text
     */
    public static Page render(String name, String markdown) {
        List<String> lines = withoutAnswers(withoutComments(markdown).lines().toList());
        String prefix = "charts/exercise-" + number(name);
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        String title = name;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (line.startsWith("```")) {
                List<String> code = new ArrayList<>();
                i++;
                while (i < lines.size() && !lines.get(i).startsWith("```")) {
                    code.add(ownFolder(lines.get(i), prefix, commands));
                    i++;
                }
                i++;
                blocks.add(block("pre", Map.of("codeText", String.join("\n", code))));
            } else if (h.matches()) {
                int level = Math.min(h.group(1).length(), 3);
                if (level == 1 && title.equals(name)) {
                    title = h.group(2).strip(); // the page's own heading, above the commands
                } else {
                    blocks.add(block("h" + level, Map.of("spans", spans(h.group(2).strip()))));
                }
                i++;
            } else if (line.startsWith("|")) {
                List<List<String>> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith("|")) {
                    String row = lines.get(i).strip();
                    if (!row.matches("\\|[\\s:|-]+\\|?")) rows.add(cells(row));
                    i++;
                }
                List<Map<String, Object>> head = rows.get(0).stream().map(c -> cell(c)).toList();
                List<Map<String, Object>> body = rows.subList(1, rows.size()).stream()
                        .map(r -> Map.<String, Object>of("cells", r.stream().map(HandoutPage::cell).toList())).toList();
                blocks.add(block("table", Map.of("head", head, "rows", body)));
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                boolean numbered = NUMBERED.matcher(line).matches();
                List<Map<String, Object>> items = new ArrayList<>();
                StringBuilder item = null;
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("```")) {
                    String l = lines.get(i);
                    Matcher b = numbered ? NUMBERED.matcher(l) : BULLET.matcher(l);
                    if (b.matches()) {
                        if (item != null) items.add(Map.of("spans", spans(item.toString())));
                        item = new StringBuilder(b.group(b.groupCount()));
                    } else if (item != null && (l.startsWith(" ") || l.startsWith("\t"))) {
                        item.append(' ').append(l.strip());
                    } else {
                        break;
                    }
                    i++;
                    // A list may hold blank lines between its items.
                    if (i + 1 < lines.size() && lines.get(i).isBlank()
                            && (numbered ? NUMBERED : BULLET).matcher(lines.get(i + 1)).matches()) {
                        i++;
                    }
                }
                if (item != null) items.add(Map.of("spans", spans(item.toString())));
                blocks.add(block(numbered ? "ol" : "ul", Map.of("items", items)));
            } else {
                StringBuilder p = new StringBuilder();
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("```")
                        && !lines.get(i).startsWith("|") && !HEADING.matcher(lines.get(i)).matches()
                        && !(p.length() > 0 && (BULLET.matcher(lines.get(i)).matches()
                        || NUMBERED.matcher(lines.get(i)).matches()))) {
                    if (p.length() > 0) p.append(' ');
                    p.append(lines.get(i).strip());
                    i++;
                }
                blocks.add(block("p", Map.of("spans", spans(p.toString()))));
            }
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("name", name);
        v.put("blocks", blocks);
        v.put("commands", commands.stream().map(c -> Map.<String, Object>of("command", c)).toList());
        v.put("hasCommands", !commands.isEmpty());
        return new Page(title, HtmlTemplate.resource(TEMPLATE).render(v), List.copyOf(commands));
    }

    /** "05-negotiation-tree" → "05"; a name without a number keeps its whole self. */
    private static String number(String name) {
        Matcher m = Pattern.compile("^(\\d+)").matcher(name);
        return m.find() ? m.group(1) : name;
    }

    /** A tradesim line without --out gets a folder of its own, numbered by its place in the handout. */
    private static String ownFolder(String line, String prefix, List<String> commands) {
        Matcher m = TRADESIM_LINE.matcher(line.strip());
        if (!m.matches()) return line;
        String command = line.strip();
        if (!command.contains("--out")) {
            String scenario = "";
            Matcher file = Pattern.compile("([A-Za-z0-9_.-]+)\\.yaml").matcher(m.group(3));
            if (file.find()) scenario = "-" + file.group(1);
            command = command + " --out " + prefix + "/" + (commands.size() + 1) + "-" + m.group(2) + scenario;
        }
        commands.add(command);
        return command;
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?s)<!--.*?-->", "");
    }

    /** Drops every section whose heading names an answer, down to the next heading of its level or above. */
    private static List<String> withoutAnswers(List<String> lines) {
        List<String> out = new ArrayList<>();
        int skipping = 0; // the level of the answer heading being skipped; 0 when not skipping
        boolean inCode = false;
        for (String l : lines) {
            if (l.startsWith("```")) inCode = !inCode;
            Matcher h = inCode ? null : HEADING.matcher(l);
            if (h != null && h.matches()) {
                int level = h.group(1).length();
                if (skipping > 0 && level <= skipping) skipping = 0;
                String text = h.group(2).toLowerCase(Locale.ROOT);
                if (skipping == 0 && ANSWER_HEADING.matcher(text).find()) skipping = level;
            }
            if (skipping == 0) out.add(l);
        }
        return out;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) out.add(c.strip());
        return out;
    }

    private static Map<String, Object> cell(String text) {
        return Map.of("spans", spans(text));
    }

    /** Every block defines every kind flag, as the template looks names up outward otherwise. */
    private static Map<String, Object> block(String kind, Map<String, Object> content) {
        Map<String, Object> b = new LinkedHashMap<>();
        for (String k : List.of("h1", "h2", "h3", "p", "ul", "ol", "pre", "table")) b.put(k, k.equals(kind));
        b.putAll(content);
        return b;
    }

    /** Inline markdown as spans: plain text, code, bold, italics and links. */
    static List<Map<String, Object>> spans(String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(span("plain", text.substring(at, m.start()), ""));
            if (m.group(1) != null) out.add(span("code", m.group(1), ""));
            else if (m.group(2) != null) out.add(span("strong", m.group(2), ""));
            else if (m.group(3) != null) out.add(span("em", m.group(3), ""));
            else out.add(span("link", m.group(4), m.group(5)));
            at = m.end();
        }
        if (at < text.length()) out.add(span("plain", text.substring(at), ""));
        return out;
    }

    private static Map<String, Object> span(String kind, String text, String href) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (String k : List.of("plain", "code", "strong", "em", "link")) s.put(k, k.equals(kind));
        s.put("text", text);
        s.put("href", href);
        return s;
    }
}
