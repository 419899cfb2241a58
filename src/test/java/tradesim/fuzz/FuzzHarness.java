package tradesim.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tradesim.cli.Main;

/**
 * Runs one fuzz case as a user would, {@code tradesim run FILE --out DIR --quiet}, in-process under
 * a time limit, and sorts the result into one of four outcomes:
 * <ul>
 *   <li>{@link Outcome#OK}: exit 0, every standard output written, no NaN or infinity in any number;</li>
 *   <li>{@link Outcome#CLEAN_ERROR}: exit 2, every problem line {@code file:line:col: message};</li>
 *   <li>{@link Outcome#RUN_FAILED}: exit 1 with the documented run-failure message (no equilibrium,
 *       an impossible purchase commitment) naming scenario, product and period;</li>
 *   <li>{@link Outcome#OTHER}: anything else — an internal error, a stack trace, a timeout, an
 *       out-of-memory, garbage in the outputs. Always a bug.</li>
 * </ul>
 * Keeps a tally of outcomes and the slowest case, for the fuzz report.
 */
public final class FuzzHarness implements AutoCloseable {

    public enum Outcome { OK, CLEAN_ERROR, RUN_FAILED, OTHER }

    /** The verdict on one case: outcome, why (for OTHER), and the wall time. */
    public record Verdict(Outcome outcome, String why, long nanos, int exit, String err) {
    }

    /** The per-case limit of issue 8. */
    static final long LIMIT_SECONDS = 5;

    static final Pattern PROBLEM_LINE = Pattern.compile("^[^:]+:\\d+:\\d+: .+");
    private static final Pattern COUNT_LINE = Pattern.compile("^\\d+ problems? found$");
    private static final Pattern RUN_FAILURE = Pattern.compile(
            "^tradesim (run|paths): scenario [^,]+, product [^,]+, period \\d{4}-\\d{2}: .+");
    static final List<String> STANDARD_OUTPUTS = List.of("flows.csv", "welfare.csv", "annual.csv", "paths.csv",
            "run.json");

    /** How a case is run, and the files a success must leave. */
    public enum Mode {
        RUN(List.of(), STANDARD_OUTPUTS),
        DRAWS(List.of("--draws", "3", "--seed", "7"), List.of("flows.csv", "welfare.csv", "annual.csv", "paths.csv",
                "run.json", "bands.csv", "bands_annual.csv", "path_frequency.csv")),
        PATHS(List.of(), List.of("paths.csv", "expected.csv", "expected_welfare.csv"));

        final List<String> extra;
        final List<String> outputs;

        Mode(List<String> extra, List<String> outputs) {
            this.extra = extra;
            this.outputs = outputs;
        }

        String command() {
            return this == PATHS ? "paths" : "run";
        }
    }

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true); // a case that hangs must not keep the test JVM alive
        return t;
    });
    private final Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
    private final List<String> others = new ArrayList<>();
    private final Map<String, Integer> runFailures = new java.util.TreeMap<>();
    private long slowestNanos;
    private String slowestCase = "";

    /** Runs {@code tradesim run scenario --out out --quiet} and judges it. */
    Verdict run(String label, Path scenario, Path out) {
        return run(label, scenario, out, Mode.RUN);
    }

    /** Runs {@code tradesim run|paths scenario --out out --quiet [mode's options]} and judges it. */
    Verdict run(String label, Path scenario, Path out, Mode mode) {
        List<String> args = new ArrayList<>(List.of(mode.command(), scenario.toString(), "--out", out.toString(),
                "--quiet"));
        args.addAll(mode.extra);
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        long start = System.nanoTime();
        Future<Integer> f = pool.submit(() -> Main.execute(new PrintWriter(outText, true),
                new PrintWriter(errText, true), args.toArray(String[]::new)));
        Verdict v;
        try {
            int exit = f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            long nanos = System.nanoTime() - start;
            v = judge(exit, errText.toString(), out, nanos, mode.outputs);
        } catch (TimeoutException e) {
            f.cancel(true);
            v = new Verdict(Outcome.OTHER, "no answer within " + LIMIT_SECONDS + " s", System.nanoTime() - start,
                    -1, errText.toString());
        } catch (ExecutionException e) {
            v = new Verdict(Outcome.OTHER, "escaped: " + e.getCause(), System.nanoTime() - start, -1,
                    errText.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        record(label, v);
        return v;
    }

    private synchronized void record(String label, Verdict v) {
        tally.merge(v.outcome(), 1, Integer::sum);
        if (v.outcome() == Outcome.OTHER && others.size() < 20) {
            others.add(label + ": " + v.why() + " (exit " + v.exit() + ")\n" + indent(v.err()));
        }
        if (v.outcome() == Outcome.RUN_FAILED) {
            // the reason without the numbers, so that alike failures count together
            String reason = v.err().strip().replaceAll("^tradesim run: scenario [^,]+, ", "")
                    .replaceAll("period \\d{4}-\\d{2}", "period P").replaceAll("-?\\d[\\d.e+-]*", "N");
            runFailures.merge(reason, 1, Integer::sum);
        }
        if (v.nanos() > slowestNanos) {
            slowestNanos = v.nanos();
            slowestCase = label;
        }
    }

    public static Verdict judge(int exit, String err, Path out, long nanos) {
        return judge(exit, err, out, nanos, STANDARD_OUTPUTS);
    }

    static Verdict judge(int exit, String err, Path out, long nanos, List<String> outputs) {
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        switch (exit) {
            case 0 -> {
                String why = outputProblem(out, outputs);
                return new Verdict(why == null ? Outcome.OK : Outcome.OTHER, why, nanos, exit, err);
            }
            case 2 -> {
                if (lines.isEmpty()) return new Verdict(Outcome.OTHER, "exit 2 without a message", nanos, exit, err);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    boolean last = i == lines.size() - 1;
                    if (!(PROBLEM_LINE.matcher(l).matches() || last && COUNT_LINE.matcher(l).matches())) {
                        return new Verdict(Outcome.OTHER, "stderr line is not file:line:col: " + l, nanos, exit, err);
                    }
                }
                return new Verdict(Outcome.CLEAN_ERROR, null, nanos, exit, err);
            }
            case 1 -> {
                boolean clean = lines.size() == 1 && RUN_FAILURE.matcher(lines.get(0)).matches()
                        && !err.contains("internal error") && !err.contains("Exception");
                return new Verdict(clean ? Outcome.RUN_FAILED : Outcome.OTHER,
                        clean ? null : "exit 1 without the run-failure message", nanos, exit, err);
            }
            default -> {
                return new Verdict(Outcome.OTHER, "unexpected exit code", nanos, exit, err);
            }
        }
    }

    /** Null when every standard output is there and every number in every CSV is finite. */
    static String outputProblem(Path out, List<String> outputs) {
        for (String name : outputs) {
            if (!Files.isRegularFile(out.resolve(name))) return "exit 0 but no " + name;
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".tmp")) return "temporary file left behind: " + name;
                // charts (PNG, SVG) and the report are checked by their own tests; numbers live in CSV and JSON
                if (!name.endsWith(".csv") && !name.endsWith(".json")) continue;
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (name.endsWith(".csv")) {
                    String why = CsvNumbers.nonFinite(text);
                    if (why != null) return name + ": " + why;
                } else if (name.endsWith(".json") && Pattern.compile("(?i)\\b(nan|infinity)\\b").matcher(
                        text.replaceAll("\"[^\"]*\"", "\"\"")).find()) {
                    return name + ": a non-finite number";
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    synchronized int count(Outcome o) {
        return tally.getOrDefault(o, 0);
    }

    synchronized int total() {
        return tally.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized List<String> others() {
        return List.copyOf(others);
    }

    synchronized String report(String what) {
        return String.format(Locale.ROOT,
                "%s: %d cases: ok %d, clean error %d (exit 2 %d, run failed exit 1 %d), other %d; "
                        + "slowest %.3f s (%s)",
                what, total(), count(Outcome.OK), count(Outcome.CLEAN_ERROR) + count(Outcome.RUN_FAILED),
                count(Outcome.CLEAN_ERROR), count(Outcome.RUN_FAILED), count(Outcome.OTHER), slowestNanos / 1e9,
                slowestCase);
    }

    /** Why runs failed with exit 1, each reason with its count. */
    synchronized String runFailureReasons() {
        StringBuilder b = new StringBuilder();
        runFailures.forEach((k, n) -> b.append("  ").append(n).append(" x ").append(k).append('\n'));
        return b.toString();
    }

    private static String indent(String s) {
        return s.lines().limit(8).map(l -> "    " + (l.length() > 300 ? l.substring(0, 300) + "..." : l))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Deletes a folder tree, best effort (used between cases). */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
