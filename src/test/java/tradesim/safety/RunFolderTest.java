package tradesim.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.cli.Main;
import tradesim.output.StagedFolder;

/**
 * A run's folder holds that run and nothing else (issue 18): a rerun replaces the run's outputs as a
 * whole, stale ones included, and keeps the user's own files; a run killed at any moment leaves the
 * previous complete set (checked against run.json's list of files and their SHA-256); the next run
 * removes what a killed run left; and two runs into one folder never interleave.
 */
class RunFolderTest {

    private static final String RICH = "src/test/resources/scenarios/rich.yaml";
    private static final String NOTES = "notes.txt";
    private static final Pattern FILE_ENTRY = Pattern.compile("\"([^\"]+)\": \"([0-9a-f]{64})\"");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** run.json's list of files: name → SHA-256. */
    private static Map<String, String> listed(Path dir) throws IOException {
        String json = Files.readString(dir.resolve("run.json"), StandardCharsets.UTF_8);
        int files = json.indexOf("\"files\": {");
        assertTrue(files > 0, "run.json lists its files:\n" + json);
        Map<String, String> out = new TreeMap<>();
        Matcher m = FILE_ENTRY.matcher(json.substring(files));
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    /** Every visible file of the folder but the user's notes: what the tool wrote there. */
    private static Set<String> visibleOutputs(Path dir) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && !name.equals(NOTES)) out.add(name);
            }
        }
        return out;
    }

    /** Null when the folder is exactly the set its run.json lists, byte for byte; else what is wrong. */
    private static String inconsistency(Path dir) throws IOException {
        Map<String, String> listed = listed(dir);
        Set<String> expected = new TreeSet<>(listed.keySet());
        expected.add("run.json");
        Set<String> found = visibleOutputs(dir);
        if (!found.equals(expected)) return "files " + found + " but run.json lists " + expected;
        for (var e : listed.entrySet()) {
            String actual = sha256(dir.resolve(e.getKey()));
            if (!actual.equals(e.getValue())) return e.getKey() + " hashes " + actual + ", run.json says " + e.getValue();
        }
        return null;
    }

    private static List<String> debris(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString())
                    .filter(n -> n.startsWith(".tradesim-staging") || n.endsWith(".tmp")).toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRerunWithFewerOutputsLeavesExactlyTheNewSetAndTheUsersFiles() throws IOException {
        Path dir = tmp.resolve("out");
        Run draws = run("run", RICH, "--quiet", "--draws", "20", "--out", dir.toString());
        assertEquals(0, draws.exit(), draws.err());
        assertTrue(Files.exists(dir.resolve("bands.csv")) && Files.exists(dir.resolve("fan-usa-jpn-beef.png")));
        assertEquals(null, inconsistency(dir));
        Files.writeString(dir.resolve(NOTES), "my notes", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("chart-i-drew.png"), "not a tool chart", StandardCharsets.UTF_8);

        Run imposed = run("run", RICH, "--quiet", "--path", "s232=imposed", "--out", dir.toString());
        assertEquals(0, imposed.exit(), imposed.err());
        Set<String> left = visibleOutputs(dir);
        left.remove("chart-i-drew.png");
        Set<String> expected = new TreeSet<>(listed(dir).keySet());
        expected.add("run.json");
        assertEquals(expected, left, "exactly the new run's files");
        for (String stale : List.of("bands.csv", "bands_annual.csv", "path_frequency.csv", "fan-usa-jpn-beef.png")) {
            assertFalse(Files.exists(dir.resolve(stale)), stale + " of the earlier run is gone");
        }
        assertEquals("my notes", Files.readString(dir.resolve(NOTES), StandardCharsets.UTF_8));
        assertEquals("not a tool chart", Files.readString(dir.resolve("chart-i-drew.png"), StandardCharsets.UTF_8));
        assertEquals(List.of(), debris(dir));
    }

    @Test
    void anotherCommandsFilesStayInASharedFolder() throws IOException {
        // `paths` then `run` into charts/<name>/, as an exercise does: the expectation stays beside the run
        Path dir = tmp.resolve("shared");
        assertEquals(0, run("paths", RICH, "--quiet", "--out", dir.toString()).exit());
        assertEquals(0, run("run", RICH, "--quiet", "--out", dir.toString()).exit());
        assertTrue(Files.exists(dir.resolve("expected.csv")) && Files.exists(dir.resolve("expected_welfare.csv")));
        assertTrue(Files.exists(dir.resolve("flows.csv")));
    }

    @Test
    void eachCommandReplacesOnlyItsOwnFiles() throws IOException {
        Path dir = tmp.resolve("both");
        assertEquals(0, run("run", RICH, "--quiet", "--out", dir.toString()).exit());
        assertEquals(0, run("sensitivity", RICH, "--svg", "--out", dir.toString()).exit());
        assertTrue(Files.exists(dir.resolve("tornado.svg")));
        Run again = run("sensitivity", RICH, "--out", dir.toString());
        assertEquals(0, again.exit(), again.err());
        assertFalse(Files.exists(dir.resolve("tornado.svg")), "the SVG of the earlier sensitivity run is stale");
        assertTrue(Files.exists(dir.resolve("tornado.png")) && Files.exists(dir.resolve("sensitivity.csv")));
        // the run's own set is untouched by sensitivity, and a rerun of the run keeps sensitivity's
        Files.delete(dir.resolve("sensitivity.csv"));
        Files.delete(dir.resolve("tornado.png"));
        assertEquals(null, inconsistency(dir));
        assertEquals(0, run("sensitivity", RICH, "--out", dir.toString()).exit());
        assertEquals(0, run("run", RICH, "--quiet", "--out", dir.toString()).exit());
        assertTrue(Files.exists(dir.resolve("tornado.png")) && Files.exists(dir.resolve("sensitivity.csv")));
    }

    @Test
    void debrisOfKilledRunsIsRemovedAndNothingElse() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path staging = Files.createDirectories(dir.resolve(".tradesim-staging-4242-77"));
        Files.writeString(staging.resolve(".tradesim-staging"), "tradesim staging folder: outputs of a run not yet "
                + "swapped in; the next run into the parent folder removes it\n", StandardCharsets.UTF_8);
        Files.writeString(staging.resolve("flows.csv"), "half", StandardCharsets.UTF_8);
        Files.writeString(staging.resolve(".flows.csv.123.tmp"), "half", StandardCharsets.UTF_8);
        Path unmarked = Files.createDirectories(dir.resolve(".tradesim-staging-mine"));
        Files.writeString(unmarked.resolve("keep.txt"), "no marker: not ours", StandardCharsets.UTF_8);
        Path wrongMarker = Files.createDirectories(dir.resolve(".tradesim-staging-1-2"));
        Files.writeString(wrongMarker.resolve(".tradesim-staging"), "something else", StandardCharsets.UTF_8);
        Path oldTemp = Files.writeString(dir.resolve(".fan-usa-jpn-beef.png.8313154561.tmp"), "half a png");
        Path userTemp = Files.writeString(dir.resolve(".draft.txt.123.tmp"), "an editor's file");

        Run r = run("run", RICH, "--quiet", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(staging), "a marked staging folder is removed");
        assertFalse(Files.exists(oldTemp), "a temporary file of a name the tool writes is removed");
        assertTrue(Files.exists(unmarked.resolve("keep.txt")), "a folder without the marker stays");
        assertTrue(Files.exists(wrongMarker.resolve(".tradesim-staging")), "a marker with other text stays");
        assertTrue(Files.exists(userTemp), "a temporary file of another name stays");
        assertEquals(null, inconsistency(dir));
    }

    @Test
    void aFolderLockedByAnotherRunIsBadInputAndLeftAlone() throws IOException {
        Path dir = tmp.resolve("out");
        assertEquals(0, run("run", RICH, "--quiet", "--out", dir.toString()).exit());
        String before = Files.readString(dir.resolve("run.json"), StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(dir.resolve(".tradesim.lock"), StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            Run r = run("run", RICH, "--quiet", "--path", "s232=imposed", "--out", dir.toString());
            assertEquals(2, r.exit(), r.err());
            long pid = ProcessHandle.current().pid();
            assertTrue(r.err().startsWith(dir + ":1:1: another tradesim run (pid " + pid
                    + ") is writing to this folder"), r.err());
            assertEquals(2, run("paths", RICH, "--quiet", "--out", dir.toString()).exit());
        }
        assertEquals(before, Files.readString(dir.resolve("run.json"), StandardCharsets.UTF_8));
        assertEquals(null, inconsistency(dir));
    }

    // ---- real processes: kill -9 and two concurrent runs -------------------------------------------------

    /** {@code tradesim run RICH --quiet --out dir extra...} in a child JVM, tuned to start fast. */
    private Process start(Path dir, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", Path.of(RICH).toAbsolutePath().toString(), "--quiet",
                "--out", dir.toString()));
        args.addAll(List.of(extra));
        return child(tmp.resolve("child-" + System.nanoTime() + ".log"), args);
    }

    private static Process child(Path log, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "-Xmx256m",
                // a short-lived run: the quick compiler and the simple collector halve its start-up
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "tradesim.cli.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int await(Process p) throws InterruptedException {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child run ended");
        return p.exitValue();
    }

    @Test
    void aRunKilledAtAnyMomentLeavesTheOldOrTheNewCompleteSet() throws Exception {
        Path dir = tmp.resolve("killed");
        long start = System.nanoTime();
        assertEquals(0, await(start(dir, "--draws", "200", "--seed", "1")));
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        Files.writeString(dir.resolve(NOTES), "my notes", StandardCharsets.UTF_8);
        assertEquals(null, inconsistency(dir));

        Random random = new Random(18);
        int sawNew = 0;
        String previous = sha256(dir.resolve("run.json"));
        for (int i = 0; i < 20; i++) {
            // another seed each time, so a swapped-in set differs from the one it replaced
            Process p = start(dir, "--draws", "200", "--seed", Integer.toString(2 + i));
            Thread.sleep(random.nextInt((int) Math.max(1, fullMillis * 11 / 10)));
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            await(p);
            // As tradesim opens the folder (any command would, first thing): a kill during the swap is
            // rolled forward from its journal; a kill before it leaves only debris to drop.
            StagedFolder.open(dir, name -> false).close();
            String why = inconsistency(dir);
            assertEquals(null, why, "after kill " + i);
            assertEquals("my notes", Files.readString(dir.resolve(NOTES), StandardCharsets.UTF_8));
            String now = sha256(dir.resolve("run.json"));
            if (!now.equals(previous)) sawNew++;
            previous = now;
        }
        assertEquals(0, await(start(dir, "--draws", "20")));
        assertEquals(null, inconsistency(dir));
        assertEquals(List.of(), debris(dir), "the next run removed what the killed ones left");
        System.out.println("kill -9 test: " + sawNew + " of 20 runs swapped in before their kill, full run "
                + fullMillis + " ms");
        assertTrue(sawNew < 20, "some kills came before the swap (" + sawNew + " of 20 runs finished)");
    }

    @Test
    void ofTwoConcurrentRunsOneWinsAndTheOtherIsTurnedAway() throws Exception {
        Path dir = tmp.resolve("contested");
        Process first = start(dir, "--draws", "3000");
        Path lock = dir.resolve(".tradesim.lock");
        String pid = Long.toString(first.pid());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // the first run writes its pid into the lock file once it holds the lock
        while (!(Files.exists(lock) && Files.readString(lock).trim().equals(pid))) {
            assertTrue(System.nanoTime() < deadline && first.isAlive(), "the first run took the lock");
            Thread.sleep(20);
        }
        Path log = tmp.resolve("second.log");
        Process second = child(log, List.of("paths", Path.of(RICH).toAbsolutePath().toString(), "--out",
                dir.toString()));
        assertEquals(2, await(second));
        boolean firstStillRunning = first.isAlive();
        assertEquals(0, await(first));
        String message = Files.readString(log);
        assertTrue(message.startsWith(dir + ":1:1: another tradesim run (pid " + pid + ") is writing to this folder"),
                message);
        assertTrue(firstStillRunning, "the second run was turned away while the first ran");
        assertEquals(null, inconsistency(dir));
        assertFalse(Files.exists(dir.resolve("expected.csv")), "the turned-away run wrote nothing");
    }
}
