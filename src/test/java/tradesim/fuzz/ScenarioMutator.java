package tradesim.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile edits of a scenario file (issue 8): lines deleted, duplicated or swapped; a list or a
 * mapping where a number belongs; huge, negative, NaN and infinite numbers; unicode and control
 * characters; very long strings; deep nesting; an alias bomb; unknown tags; and the typos of
 * people who paste from spreadsheets. Each call applies one to three edits and says which.
 */
final class ScenarioMutator {

    /** What was done, for the failure message, and the edited text. */
    record Mutation(String description, String text) {
    }

    private static final Pattern VALUE = Pattern.compile("(?<=: )([^\\s{\\[#][^,}\\]#\\n]*)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])-?\\d+(\\.\\d+)?(?![\\w-])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,3}\\b");

    static final List<String> NUMBERS = List.of("1e308", "-1e308", "1e999", "-1e999", "1e-320", "-5", "-0", "0",
            "-0.0", ".nan", ".NaN", "nan", ".inf", "-.inf", "+.inf", "inf", "Infinity", "99999999999999999999999",
            "0x1F", "0o17", "1_000", "12%", "1,234.5", "1.234,5", "1e6", "1000000000", "-1000000000", "0.0000001",
            "2147483648", "-2147483649", "9223372036854775808", "1.", ".5", "+7", "1e", "--1", "1/2", "true", "null",
            "~", "''", "\"\"");
    static final List<String> TYPES = List.of("[1, 2]", "[]", "{}", "{a: 1}", "[[1]]", "- 1", "|\n  block",
            "!!str 5", "&x 5", "*x", "? a", "[USA, JPN]", "{to: 9, years: 2}", "'*'", "*");
    static final List<String> CHARS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u001b", "\u007f", "\u0085",
            "\u00a0", "\u00e9", "\u0301", "\u200b", "\u200e", "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffd",
            "\ufffe", "\uffff", "\ud83d\ude00", "\ud800", "\udfff", "\t", "\r", "\r\n", "\n", "\\", "\"", "'", "#",
            ":", ": ", "-", "- ", "*", "&", "!", "%", "@", "`", "|", ">", "?", "{", "}", "[", "]", ",", "=cmd|' /C calc'!A0",
            "+1", "@SUM(1)", "日本", "Ünïcödé", "\u0410\u0411", "مرحبا");
    static final List<String> DATES = List.of("2019-02-30", "2019-13-01", "2019-00", "0000-01", "9999-12-31",
            "99999-01-01", "1900-01", "2100-01", "2019/05/17", "17.05.2019", "2019-5-17", "2019-05-17T00:00:00Z",
            "2019-W20", "20190517", "2019-05-17 extra", "-2019-05-17");
    static final List<String> TAGS = List.of("!!javax.script.ScriptEngineManager "
            + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]", "!!java.io.File /etc/passwd",
            "!!python/object:os.system 'ls'", "!custom 1", "!!binary aGVsbG8=", "!!timestamp 2001-12-14",
            "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]", "!<tag:yaml.org,2002:java.lang.Runtime> x",
            "!!int 5", "!!float 1.5", "!!str x", "!!bool true", "!!null ''", "!!map {}", "!!seq []", "!!merge <<");

    private final Random r;

    ScenarioMutator(Random r) {
        this.r = r;
    }

    Mutation mutate(String text) {
        StringBuilder what = new StringBuilder();
        String t = text;
        int n = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0);
        for (int i = 0; i < n; i++) {
            Mutation m = once(t);
            if (what.length() > 0) what.append("; ");
            what.append(m.description());
            t = m.text();
        }
        return new Mutation(what.toString(), t);
    }

    private Mutation once(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = r.nextInt(lines.size());
        int k = r.nextInt(25);
        switch (k) {
            case 0, 1 -> {
                lines.remove(i);
                return done("delete line " + (i + 1), lines);
            }
            case 2 -> {
                lines.add(i, lines.get(i));
                return done("duplicate line " + (i + 1), lines);
            }
            case 3 -> {
                int j = r.nextBoolean() ? Math.min(lines.size() - 1, i + 1) : r.nextInt(lines.size());
                String a = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, a);
                return done("swap lines " + (i + 1) + " and " + (j + 1), lines);
            }
            case 4, 5 -> {
                return replaceIn(text, NUMBER, pick(NUMBERS), "number");
            }
            case 6 -> {
                return replaceIn(text, VALUE, pick(TYPES), "value with a type");
            }
            case 7 -> {
                return replaceIn(text, VALUE, pick(NUMBERS), "value with a number");
            }
            case 8, 9 -> {
                String c = pick(CHARS);
                String line = lines.get(i);
                int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                lines.set(i, line.substring(0, at) + c + line.substring(at));
                return done("insert " + visible(c) + " in line " + (i + 1), lines);
            }
            case 10 -> {
                int len = pick(List.of(1_000, 100_000, 2_000_000));
                return replaceIn(text, VALUE, "x".repeat(len), "value with a " + len + "-character string");
            }
            case 11 -> {
                int depth = pick(List.of(10, 63, 65, 100, 1_000, 100_000));
                String nest = r.nextBoolean() ? "[".repeat(depth) + "1" + "]".repeat(depth)
                        : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
                return replaceIn(text, VALUE, nest, "value nested " + depth + " deep");
            }
            case 12 -> {
                return done("alias bomb appended", List.of(text, aliasBomb(pick(List.of(5, 9, 12)))));
            }
            case 13 -> {
                return replaceIn(text, VALUE, pick(TAGS), "value with a tag");
            }
            case 14 -> {
                return replaceIn(text, DATE, pick(DATES), "date");
            }
            case 15 -> {
                return replaceIn(text, CODE, pick(List.of("usa", "XXX", "JPN ", "*", "'*'", "ROW", "JP", "U S A",
                        "EU", "KOR", "CAN", "MEX", "AUS")), "country code");
            }
            case 16 -> {
                String line = lines.get(i);
                lines.set(i, r.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
                return done("re-indent line " + (i + 1), lines);
            }
            case 17 -> {
                String line = lines.get(i);
                int at = line.isEmpty() ? 0 : r.nextInt(line.length());
                lines.set(i, line.substring(0, at));
                return done("truncate line " + (i + 1) + " at " + at, lines);
            }
            case 18 -> {
                // a block of text from elsewhere in the file, as a paste gone wrong
                int from = r.nextInt(lines.size());
                int to = Math.min(lines.size(), from + 1 + r.nextInt(6));
                List<String> block = new ArrayList<>(lines.subList(from, to));
                lines.addAll(i, block);
                return done("paste lines " + (from + 1) + "-" + to + " before " + (i + 1), lines);
            }
            case 19 -> {
                return replaceIn(text, Pattern.compile("\\b(month|quarter|year|set|add|at_least|phase|schedule|until"
                        + "|purchase|tariff|demand_shift|price_shift|outcomes|when|actions|probability|importer"
                        + "|exporter|product|value_usd_m|percent|to|years|rate|date|id|safeguard|trq|baseline|trigger"
                        + "|year_start|months|quota|in_quota|rent_to|volume_t|above_previous_year)\\b"),
                        pick(List.of("set", "add", "at_least", "phase", "schedule", "until", "purchase", "tariff",
                                "safeguard", "trq", "baseline", "trigger", "year_start", "quota", "in_quota", "rent_to",
                                "volume_t", "above_previous_year", "months",
                                "events", "when", "outcomes", "actions", "id", "date", "Date", "evnets", "product",
                                "products", "importer", "rate", "years", "to", "<<", "year", "month", "day")), "word");
            }
            case 20 -> {
                return done("whole file replaced", List.of(pick(List.of("", " ", "---", "...", "~", "[]", "{}",
                        "- a\n- b", "just text", "a: b: c", "\ufeff", "\u0000\u0001", "name: x", "%YAML 1.1\n---\nname: x",
                        "--- a\n--- b", "&a [*a]", "*undefined", "? [a]\n: b"))));
            }
            case 22, 23 -> {
                return withHostileEvent(text);
            }
            default -> {
                String line = lines.get(i);
                lines.set(i, line.replace(": ", pick(List.of(":", " : ", ":  ", ":\t", " = ", ": : "))));
                return done("colon spacing in line " + (i + 1), lines);
            }
        }
    }

    /** The text with {@link #hostileEvent()} first in its events list. */
    Mutation withHostileEvent(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = lines.indexOf("events:");
        if (at < 0) return new Mutation("no events list to add to", text);
        String event = hostileEvent();
        lines.add(at + 1, event);
        return done("add event " + event.strip().replace("\n", " ").replaceAll(" +", " "), lines);
    }

    /**
     * An event whose actions take numbers to the edge of what validation allows, and past it: the
     * loader must refuse the latter and the engine must run or fail cleanly with the former.
     */
    String hostileEvent() {
        StringBuilder b = new StringBuilder();
        String date = pick(List.of("2018-01", "2018-01-01", "2019-06-15", "2025-12-31", "2030-12-31", "2030-12"));
        b.append("  - id: fz\n    date: ").append(date).append("\n    actions:\n");
        for (int n = 1 + r.nextInt(4), j = 0; j < n; j++) {
            String who = pick(List.of("{importer: JPN, exporter: USA, product: beef}",
                    "{importer: '*', exporter: '*', product: '*'}", "{importer: USA, exporter: JPN, product: "
                            + "passenger_vehicles}", "{importer: [JPN, USA], exporter: '*', product: [beef, wheat]}"));
            String edge = pick(List.of("0", "1000", "999.999999", "1e-9", "1e-300", "-1000", "1000.0001", "500"));
            switch (r.nextInt(8)) {
                case 0 -> b.append("      - tariff: ").append(who).append("\n        ")
                        .append(pick(List.of("set", "add", "at_least"))).append(": ").append(edge).append('\n');
                case 1 -> b.append("      - tariff: ").append(who).append("\n        phase: {to: ").append(edge)
                        .append(", years: ").append(pick(List.of("1", "15", "100", "101", "999999999"))).append("}\n");
                case 2 -> {
                    b.append("      - tariff: ").append(who).append("\n        schedule:\n");
                    java.time.LocalDate d = java.time.LocalDate.of(2031, 1, 1);
                    int steps = pick(List.of(1, 3, 400));
                    for (int q = 0; q < steps; q++) {
                        b.append("          - {date: ").append(d).append(", rate: ").append(r.nextInt(1001))
                                .append("}\n");
                        d = d.plusDays(1 + r.nextInt(20));
                    }
                }
                case 3 -> b.append("      - demand_shift: {market: ").append(pick(List.of("JPN", "'*'")))
                        .append(", product: ").append(pick(List.of("beef", "'*'"))).append(", percent: ")
                        .append(pick(List.of("-99.999999", "-99.9999999999999", "1000", "999", "1e-300", "-50")))
                        .append("}\n");
                case 4 -> b.append("      - price_shift: {exporter: ").append(pick(List.of("USA", "'*'")))
                        .append(", product: ").append(pick(List.of("beef", "'*'"))).append(", percent: ")
                        .append(pick(List.of("-99.999999", "-99.9999999999999", "1000", "999", "1e-300", "-50")))
                        .append("}\n");
                case 6 -> b.append("      - safeguard: {id: sg").append(j).append(", importer: JPN, exporter: ")
                        .append(pick(List.of("USA", "'*'", "[USA, AUS]"))).append(", product: beef, year_start: ")
                        .append(pick(List.of("1", "4", "12", "0", "13"))).append(", rate: ").append(edge)
                        .append(", trigger: [{exporter: ").append(pick(List.of("USA", "'*'")))
                        .append(pick(List.of(", value_usd_m: 0}", ", value_usd_m: 1e300}", ", above_previous_year: true}",
                                ", volume_t: 1}", ", value_usd_m: 500}")))
                        .append("]").append(pick(List.of("", ", months: 1", ", months: 120", ", months: 0")))
                        .append("}\n");
                case 7 -> b.append("      - trq: {id: q").append(j).append(", importer: JPN, exporter: ")
                        .append(pick(List.of("USA", "'*'", "[USA, CAN]"))).append(", product: ")
                        .append(pick(List.of("wheat", "beef", "'*'"))).append(", quota: {value_usd_m: ")
                        .append(pick(List.of("0", "1e-9", "1", "500", "1e9", "1e300"))).append("}, in_quota: ")
                        .append(pick(List.of("0", "1", "1000", "-1"))).append(", rent_to: ")
                        .append(pick(List.of("importer", "exporter", "nobody"))).append("}\n");
                default -> b.append("      - purchase: {importer: JPN, exporter: USA, product: ")
                        .append(pick(List.of("beef", "wheat", "'*'"))).append(", value_usd_m: ")
                        .append(pick(List.of("0", "1e-9", "1", "2000", "1e9", "1e300"))).append("}\n");
            }
            if (r.nextInt(4) == 0) {
                b.append("        until: ").append(pick(List.of("2019-06-16", "2031-01", "2018-01", "2100-01-01")))
                        .append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    /** Nested aliases: level k is a list of ten aliases to level k-1, 10^levels leaves in all. */
    static String aliasBomb(int levels) {
        StringBuilder b = new StringBuilder("lol0: &l0 [lol]\n");
        for (int k = 1; k <= levels; k++) {
            b.append("lol").append(k).append(": &l").append(k).append(" [");
            for (int j = 0; j < 10; j++) b.append(j == 0 ? "" : ", ").append("*l").append(k - 1);
            b.append("]\n");
        }
        return b.toString();
    }

    private Mutation replaceIn(String text, Pattern p, String with, String what) {
        Matcher m = p.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.isEmpty()) return new Mutation("no " + what + " to replace", text);
        int[] s = spans.get(r.nextInt(spans.size()));
        String shown = with.length() > 40 ? with.substring(0, 40) + "..." : with;
        return new Mutation("replace " + what + " '" + visible(text.substring(s[0], s[1])) + "' at offset " + s[0]
                + " with '" + visible(shown) + "'", text.substring(0, s[0]) + with + text.substring(s[1]));
    }

    private static Mutation done(String what, List<String> lines) {
        return new Mutation(what, String.join("\n", lines));
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(c -> {
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c >= 0x2000 && c <= 0x206f || c >= 0xd800 && c <= 0xdfff
                    || c >= 0xfeff) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
