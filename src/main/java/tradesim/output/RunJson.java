package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import tradesim.results.RunResult;
import tradesim.results.SolverStats;

/**
 * {@code run.json}: what was run and how the solver fared — tool version, the SHA-256 of the
 * scenario file and of the dataset, the path, seed and draws, solver statistics, and every other
 * file the run wrote with its SHA-256. Only the Monte Carlo wall time ({@code draws_seconds}) depends
 * on the clock; the rest is fixed by the inputs.
 */
public final class RunJson implements ResultFormat {

    /**
     * Monte Carlo figures for run.json: seed, number of draws, wall time, the draws' solver statistics,
     * and which series have bands ({@code per_flow}, or {@code headline_and_totals} on a large dataset).
     */
    public record DrawInfo(long seed, int draws, double seconds, SolverStats stats, String bands) {
    }

    private final String toolVersion;
    private final java.util.Optional<DrawInfo> draws;
    private final java.util.SortedMap<String, String> files;

    /** For a single deterministic run. */
    public RunJson(String toolVersion) {
        this(toolVersion, java.util.Optional.empty());
    }

    public RunJson(String toolVersion, java.util.Optional<DrawInfo> draws) {
        this(toolVersion, draws, new java.util.TreeMap<>());
    }

    /**
     * @param files every other file the run wrote into its folder, name → SHA-256 (hex), so a reader
     *              can tell the folder holds this run's complete set
     */
    public RunJson(String toolVersion, java.util.Optional<DrawInfo> draws, java.util.SortedMap<String, String> files) {
        this.toolVersion = toolVersion;
        this.draws = draws;
        this.files = new java.util.TreeMap<>(files);
    }

    @Override
    public String fileName() {
        return "run.json";
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        SolverStats s = r.stats();
        StringBuilder b = new StringBuilder();
        b.append("{\n");
        field(b, "tool", quote("tradesim"));
        field(b, "version", quote(toolVersion));
        field(b, "scenario", quote(r.scenario().name()));
        field(b, "scenario_file", quote(r.scenario().sourceFile()));
        field(b, "scenario_sha256", quote(r.scenario().sha256()));
        field(b, "dataset", quote(r.dataset().name()));
        field(b, "dataset_sha256", quote(r.dataset().sha256()));
        field(b, "path", quote(r.pathLabel()));
        field(b, "path_probability", number(r.pathProbability()));
        field(b, "seed", draws.map(d -> Long.toString(d.seed())).orElse("null"));
        field(b, "draws", draws.map(d -> Integer.toString(d.draws())).orElse("0"));
        if (draws.isPresent()) {
            field(b, "draws_seconds", String.format(Locale.ROOT, "%.3f", draws.get().seconds()));
            field(b, "bands", quote(draws.get().bands()));
            b.append("  \"draws_solver\": ").append(solver(draws.get().stats())).append(",\n");
        }
        b.append("  \"solver\": ").append(solver(s)).append(",\n");
        b.append("  \"files\": {");
        String sep = "\n";
        for (var f : files.entrySet()) {
            b.append(sep).append("    ").append(quote(f.getKey())).append(": ").append(quote(f.getValue()));
            sep = ",\n";
        }
        b.append(files.isEmpty() ? "}\n" : "\n  }\n");
        b.append("}\n");
        out.write(b.toString());
    }

    private static String solver(SolverStats s) {
        return "{\"solves\": " + s.solves() + ", \"cache_hits\": " + s.cacheHits() + ", \"max_residual\": "
                + number(s.maxResidual()) + ", \"max_iterations\": " + s.maxIterations() + "}";
    }

    private static void field(StringBuilder b, String name, String json) {
        b.append("  ").append(quote(name)).append(": ").append(json).append(",\n");
    }

    /** A JSON number in Locale.ROOT; scientific form keeps tiny residuals readable. */
    static String number(double v) {
        if (!Double.isFinite(v)) throw new IllegalStateException("refusing to write a non-finite number: " + v);
        return String.format(Locale.ROOT, "%.6e", v);
    }

    /** A JSON string literal with the escapes RFC 8259 requires. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
