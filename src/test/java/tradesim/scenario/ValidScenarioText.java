package tradesim.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes random scenario files that are valid against the mini test dataset by construction:
 * every action kind, selector form, date form and distribution, outcomes whose probabilities sum to
 * 1, and conditions only on earlier events. Used by the property tests.
 */
public final class ValidScenarioText {

    static final List<String> COUNTRIES = List.of("JPN", "USA", "AUS", "EU", "ROW");
    static final List<String> PRODUCTS = List.of("beef", "cars");
    /** The base-year flows of mini (importer, exporter, product): headlines must name one. */
    static final List<String> FLOWS = List.of("JPN,USA,beef", "JPN,AUS,beef", "JPN,JPN,beef", "JPN,ROW,beef",
            "USA,JPN,cars", "USA,EU,cars", "USA,ROW,cars", "USA,USA,cars", "EU,JPN,cars");

    private final Random r;
    private final StringBuilder y = new StringBuilder();

    private record Ev(int index, String id, LocalDate date, List<String> outcomes) {
    }

    private ValidScenarioText(long seed) {
        this.r = new Random(seed);
    }

    public static String build(long seed, String datasetPath) {
        return new ValidScenarioText(seed).scenario(datasetPath);
    }

    private String scenario(String datasetPath) {
        y.append("name: gen-").append(r.nextInt(1000)).append('\n');
        if (r.nextBoolean()) y.append("title: 'Generated: case ").append(r.nextInt(100)).append("'\n");
        if (r.nextBoolean()) y.append("description: >-\n  Some words\n  over two lines.\n");
        y.append("dataset: '").append(datasetPath).append("'\n");
        YearMonth start = YearMonth.of(2015 + r.nextInt(5), 1 + r.nextInt(12));
        YearMonth end = start.plusMonths(r.nextInt(120));
        y.append("horizon: {start: ").append(start).append(", end: ").append(end);
        if (r.nextBoolean()) y.append(", step: ").append(pick(List.of("month", "quarter", "year")));
        y.append("}\n");
        if (r.nextBoolean()) parameters();
        events(start.atDay(1), end.atEndOfMonth());
        if (r.nextBoolean()) uncertainty();
        if (r.nextBoolean()) {
            y.append("headline:\n");
            List<String> flows = new ArrayList<>(FLOWS);
            java.util.Collections.shuffle(flows, r);
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                String[] flow = flows.get(i).split(",");
                y.append("  - {importer: ").append(flow[0]).append(", exporter: ").append(flow[1])
                        .append(", product: ").append(flow[2]).append("}\n");
            }
        }
        return y.toString();
    }

    private void parameters() {
        y.append("parameters:\n");
        Set<String> used = new HashSet<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            String kind = pick(List.of("substitution", "demand", "supply", "half_life_months"));
            String product = pick(List.of("beef", "cars", "'*'"));
            String importer = kind.equals("supply") || r.nextBoolean() ? null : pick(COUNTRIES);
            String exporter = kind.equals("substitution") || kind.equals("demand") || r.nextBoolean() ? null
                    : pick(COUNTRIES);
            if (!used.add(product + importer + exporter)) continue;
            y.append("  - {product: ").append(product);
            if (importer != null) y.append(", importer: ").append(importer);
            if (exporter != null) y.append(", exporter: ").append(exporter);
            y.append(", ").append(kind).append(": ").append(value(kind));
            if (r.nextBoolean()) y.append(", source: 'a note, quoted'");
            y.append("}\n");
        }
    }

    private String value(String kind) {
        return switch (kind) {
            case "substitution" -> hundredths(1 + r.nextInt(1000));
            case "demand" -> hundredths(-r.nextInt(500));
            case "supply" -> r.nextInt(4) == 0 ? "inf" : hundredths(1 + r.nextInt(2000));
            default -> hundredths(r.nextInt(3600));
        };
    }

    private void events(LocalDate first, LocalDate last) {
        int n = r.nextInt(7);
        if (n == 0 && r.nextBoolean()) return;
        y.append("events:\n");
        long span = ChronoUnit.DAYS.between(first, last);
        List<Ev> written = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = first.plusDays((long) (r.nextDouble() * (span + 1)));
            String dateText = date.toString();
            if (r.nextInt(4) == 0) {
                date = date.withDayOfMonth(1);
                dateText = YearMonth.from(date).toString();
            }
            List<String> outcomes = r.nextInt(3) == 0 ? outcomeIds() : List.of();
            Ev ev = new Ev(i, "e" + i, date, outcomes);
            y.append("  - id: ").append(ev.id()).append('\n');
            y.append("    date: ").append(dateText).append('\n');
            if (r.nextBoolean()) y.append("    label: \"Event #").append(i).append(": a label\"\n");
            List<Ev> earlier = written.stream().filter(e -> !e.outcomes().isEmpty())
                    .filter(e -> e.date().isBefore(ev.date()) || e.date().equals(ev.date()))
                    .sorted(Comparator.comparing(Ev::date).thenComparingInt(Ev::index)).toList();
            if (!earlier.isEmpty() && r.nextBoolean()) {
                Ev cond = earlier.get(r.nextInt(earlier.size()));
                y.append("    when: {").append(cond.id()).append(": ").append(pick(cond.outcomes())).append("}\n");
            }
            if (!outcomes.isEmpty()) {
                y.append("    outcomes:\n");
                int[] weights = weights(outcomes.size());
                for (int k = 0; k < outcomes.size(); k++) {
                    y.append("      - id: ").append(outcomes.get(k)).append('\n');
                    y.append("        probability: ").append(BigDecimal.valueOf(weights[k], 2).toPlainString())
                            .append('\n');
                    if (r.nextBoolean()) actions("        ", date);
                }
            }
            if (r.nextBoolean()) actions("    ", date);
            written.add(ev);
        }
    }

    private List<String> outcomeIds() {
        List<String> ids = new ArrayList<>();
        for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) ids.add("o" + k);
        return ids;
    }

    /** Integer percentages summing to exactly 100. */
    private int[] weights(int n) {
        int[] w = new int[n];
        int left = 100;
        for (int i = 0; i < n - 1; i++) {
            w[i] = r.nextInt(left + 1);
            left -= w[i];
        }
        w[n - 1] = left;
        return w;
    }

    private void actions(String indent, LocalDate date) {
        y.append(indent).append("actions:\n");
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            String until = r.nextInt(3) == 0 ? date.plusDays(1 + r.nextInt(3000)).toString() : null;
            boolean untilInside = r.nextBoolean();
            String dash = indent + "  - ";
            String more = indent + "    ";
            switch (r.nextInt(4)) {
                case 0 -> {
                    y.append(dash).append("tariff: {importer: ").append(selector(COUNTRIES)).append(", exporter: ")
                            .append(selector(COUNTRIES)).append(", product: ").append(selector(PRODUCTS)).append("}\n");
                    operation(more, date);
                    if (until != null) y.append(more).append("until: ").append(until).append('\n');
                }
                case 1 -> {
                    // only a flow with base-year trade can carry a floor (no subsidy lifts zero)
                    String[] flow = pick(FLOWS.stream().filter(f -> !f.startsWith(f.substring(f.indexOf(',') + 1,
                            f.lastIndexOf(',')) + ",")).toList()).split(",");
                    y.append(dash).append("purchase: {importer: ").append(flow[0]).append(", exporter: ")
                            .append(r.nextBoolean() ? flow[1] : "[" + flow[1] + "]").append(", product: ")
                            .append(flow[2]).append(", value_usd_m: ").append(hundredths(r.nextInt(500000)));
                    closeWithUntil(more, until, untilInside);
                }
                case 2 -> {
                    // a shift must select a traded flow: the market imports the product
                    String[] flow = tradedFlow();
                    y.append(dash).append("demand_shift: {market: ").append(selectorWith(flow[0], COUNTRIES))
                            .append(", product: ").append(selectorWith(flow[2], PRODUCTS)).append(", percent: ")
                            .append(hundredths(r.nextInt(19900) - 9900));
                    closeWithUntil(more, until, untilInside);
                }
                default -> {
                    String[] flow = tradedFlow();
                    y.append(dash).append("price_shift: {exporter: ").append(selectorWith(flow[1], COUNTRIES))
                            .append(", product: ").append(selectorWith(flow[2], PRODUCTS)).append(", percent: ")
                            .append(hundredths(r.nextInt(19900) - 9900));
                    closeWithUntil(more, until, untilInside);
                }
            }
        }
    }

    private void closeWithUntil(String more, String until, boolean inside) {
        if (until != null && inside) y.append(", until: ").append(until);
        y.append("}\n");
        if (until != null && !inside) y.append(more).append("until: ").append(until).append('\n');
    }

    private void operation(String more, LocalDate date) {
        switch (r.nextInt(5)) {
            case 0 -> y.append(more).append("set: ").append(hundredths(r.nextInt(100001))).append('\n');
            case 1 -> y.append(more).append("add: ").append(hundredths(r.nextInt(10001) - 5000)).append('\n');
            case 2 -> y.append(more).append("at_least: ").append(r.nextInt(1001)).append('\n');
            case 3 -> {
                y.append(more).append("schedule:\n");
                LocalDate d = date;
                for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                    y.append(more).append("  - {date: ").append(d).append(", rate: ").append(hundredths(r.nextInt(5001)))
                            .append("}\n");
                    d = d.plusDays(1 + r.nextInt(800));
                }
            }
            default -> y.append(more).append("phase: {to: ").append(hundredths(r.nextInt(5001))).append(", years: ")
                    .append(1 + r.nextInt(20)).append("}\n");
        }
    }

    private void uncertainty() {
        y.append("uncertainty:\n  seed: ").append(r.nextInt(Integer.MAX_VALUE)).append('\n');
        if (r.nextInt(4) == 0) return;
        y.append("  parameters:\n");
        Set<String> used = new HashSet<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            String kind = pick(List.of("substitution", "demand", "supply", "half_life_months"));
            String product = pick(List.of("beef", "cars", "'*'"));
            String importer = kind.equals("supply") || r.nextBoolean() ? null : pick(COUNTRIES);
            String exporter = kind.equals("substitution") || kind.equals("demand") || r.nextBoolean() ? null
                    : pick(COUNTRIES);
            if (!used.add(product + importer + exporter + kind)) continue;
            y.append("    - {product: ").append(product);
            if (importer != null) y.append(", importer: ").append(importer);
            if (exporter != null) y.append(", exporter: ").append(exporter);
            y.append(", ").append(kind).append(": ").append(distribution(kind)).append("}\n");
        }
    }

    /** A distribution whose support lies in the parameter's valid range. */
    private String distribution(String kind) {
        boolean demand = kind.equals("demand");
        int sign = demand ? -1 : 1;
        int lo = kind.equals("half_life_months") ? 0 : 1; // in hundredths; σ and η need > 0
        int a = lo + r.nextInt(500);
        int b = a + 1 + r.nextInt(500);
        int mode = a + r.nextInt(b - a + 1);
        int kindOf = r.nextInt(demand ? 3 : 4);
        return switch (kindOf) {
            case 0 -> "{normal: {mean: " + hundredths(sign * (1 + r.nextInt(500))) + ", sd: "
                    + hundredths(1 + r.nextInt(200)) + "}}";
            case 1 -> demand
                    ? "{uniform: {min: " + hundredths(-b) + ", max: " + hundredths(-a) + "}}"
                    : "{uniform: {min: " + hundredths(a) + ", max: " + hundredths(b) + "}}";
            case 2 -> demand
                    ? "{triangular: {min: " + hundredths(-b) + ", mode: " + hundredths(-mode) + ", max: "
                    + hundredths(-a) + "}}"
                    : "{triangular: {min: " + hundredths(a) + ", mode: " + hundredths(mode) + ", max: "
                    + hundredths(b) + "}}";
            default -> "{lognormal: {median: " + hundredths(1 + r.nextInt(1000)) + ", sd_log: "
                    + hundredths(1 + r.nextInt(100)) + "}}";
        };
    }

    /** importer, exporter, product of a cross-border flow with base-year trade. */
    private String[] tradedFlow() {
        return pick(FLOWS.stream().filter(f -> !f.startsWith(f.substring(f.indexOf(',') + 1,
                f.lastIndexOf(',')) + ",")).toList()).split(",");
    }

    /** A selector that always picks {@code code}: the code, {@code *}, or a list holding it. */
    private String selectorWith(String code, List<String> codes) {
        return switch (r.nextInt(3)) {
            case 0 -> code;
            case 1 -> "'*'";
            default -> {
                List<String> others = new ArrayList<>(codes);
                others.remove(code);
                java.util.Collections.shuffle(others, r);
                List<String> chosen = new ArrayList<>(others.subList(0, r.nextInt(others.size() + 1)));
                chosen.add(r.nextInt(chosen.size() + 1), code);
                yield "[" + String.join(", ", chosen) + "]";
            }
        };
    }

    private String selector(List<String> codes) {
        return switch (r.nextInt(3)) {
            case 0 -> pick(codes);
            case 1 -> "'*'";
            default -> {
                List<String> shuffled = new ArrayList<>(codes);
                java.util.Collections.shuffle(shuffled, r);
                yield "[" + String.join(", ", shuffled.subList(0, 1 + r.nextInt(codes.size()))) + "]";
            }
        };
    }

    private static String hundredths(int v) {
        return BigDecimal.valueOf(v, 2).stripTrailingZeros().toPlainString();
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
