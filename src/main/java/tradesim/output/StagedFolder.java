package tradesim.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output folder that one command's outputs replace as a whole. While open, the folder is locked
 * against other runs (a {@code FileChannel} lock on {@value #LOCK_FILE} in it, which holds the pid).
 * Everything is written into a fresh staging folder inside it (so on the same file system). On
 * {@link #commit}, a journal naming every rename and every stale file to remove is written into the
 * staging folder in one atomic step; then the renames and removals are carried out. A kill before
 * the journal leaves the old outputs untouched and a marked staging folder, which the next opening
 * of the folder removes; a kill after it (during the swap itself, a millisecond or so) is rolled
 * forward by the next opening, which finishes the journal's work. So, as tradesim opens it, the
 * folder always holds the complete old set or the complete new set. Files the command does not own,
 * such as a user's notes, are never touched.
 */
public final class StagedFolder implements AutoCloseable {

    /** The lock file; it stays in the folder, since removing it would race with a run about to lock it. */
    public static final String LOCK_FILE = ".tradesim.lock";
    /** Staging folders are named this, then the pid and random digits. */
    static final String STAGING_PREFIX = ".tradesim-staging-";
    /** The file inside a staging folder that, with its name, proves the folder is ours to remove. */
    static final String MARKER_FILE = ".tradesim-staging";
    static final String MARKER_TEXT = "tradesim staging folder: outputs of a run not yet swapped in; "
            + "the next run into the parent folder removes it";
    /** The journal of a commit: "move NAME" and "delete NAME" lines, in the order to carry them out. */
    static final String JOURNAL_FILE = ".tradesim-commit";
    /** Temporary files of the atomic writes of earlier versions, which wrote straight into the folder. */
    private static final Pattern LEGACY_TEMP = Pattern.compile("\\.(.+)\\.\\d+\\.tmp");

    private final Path dir;
    private final boolean created;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Path staging;
    private boolean committed;

    /** Another run holds the folder's lock. */
    public static final class FolderBusyException extends IOException {
        private final Path folder;
        private final String pid;

        FolderBusyException(Path folder, String pid) {
            super("another tradesim run (pid " + pid + ") is writing to " + folder);
            this.folder = folder;
            this.pid = pid;
        }

        public Path folder() {
            return folder;
        }

        /** The other run's process id as its lock file says, or "unknown" when it has not written it yet. */
        public String pid() {
            return pid;
        }
    }

    private StagedFolder(Path dir, boolean created, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.created = created;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates the folder if needed, locks it, and removes debris of killed runs: marked staging
     * folders, and temporary files of earlier versions whose name embeds a name the tool writes.
     *
     * @param toolFiles every file name any command of the tool writes, for recognising old temporary files
     * @throws FolderBusyException when another run holds the lock
     */
    public static StagedFolder open(Path dir, Predicate<String> toolFiles) throws IOException {
        boolean created = !Files.isDirectory(dir);
        Files.createDirectories(dir);
        Path lockFile = dir.resolve(LOCK_FILE);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process holds it: another command of the same JVM writes there
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String pid = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim();
            channel.close();
            throw new FolderBusyException(dir, pid.matches("\\d+") ? pid : "unknown");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
                    0);
            StagedFolder folder = new StagedFolder(dir, created, channel, lock);
            folder.removeDebris(toolFiles);
            return folder;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The folder the outputs go to. */
    public Path folder() {
        return dir;
    }

    /** A fresh, empty staging folder to write every output into; created on first call. */
    public Path staging() throws IOException {
        if (committed) throw new IllegalStateException("already swapped in: open the folder again for another run");
        if (staging == null) {
            staging = Files.createTempDirectory(dir, STAGING_PREFIX + ProcessHandle.current().pid() + "-");
            Files.writeString(staging.resolve(MARKER_FILE), MARKER_TEXT + "\n", StandardCharsets.UTF_8);
        }
        return staging;
    }

    /** The SHA-256 of every file staged so far, by name in name order. */
    public SortedMap<String, String> stagedHashes() throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        for (String name : stagedNames()) out.put(name, sha256(staging.resolve(name)));
        return out;
    }

    /**
     * Swaps the staged outputs in: renames each into the folder ({@code last} after all others, so a
     * reader that finds it finds its companions), then removes the files {@code owned} names that this
     * run did not produce, then the staging folder.
     */
    public void commit(Predicate<String> owned, String last) throws IOException {
        List<String> names = stagedNames();
        names.sort(Comparator.comparing((String n) -> n.equals(last)).thenComparing(Comparator.naturalOrder()));
        List<String> journal = new ArrayList<>();
        for (String name : names) {
            if (name.equals(last)) stale(owned, names).forEach(n -> journal.add("delete " + n));
            journal.add("move " + name);
        }
        if (!names.contains(last)) stale(owned, names).forEach(n -> journal.add("delete " + n));
        AtomicFiles.write(staging.resolve(JOURNAL_FILE), w -> {
            for (String line : journal) w.write(line + "\n");
        });
        rollForward(dir, staging);
        committed = true;
        staging = null;
    }

    /**
     * Carries out a staging folder's journal (moves not yet made, removals not yet done) and removes
     * the staging folder. Each step is idempotent, so a journal interrupted any number of times ends
     * in the same folder.
     */
    private static void rollForward(Path dir, Path staging) throws IOException {
        for (String line : Files.readAllLines(staging.resolve(JOURNAL_FILE), StandardCharsets.UTF_8)) {
            if (line.startsWith("move ")) {
                Path from = staging.resolve(line.substring(5));
                if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) move(from, dir.resolve(line.substring(5)));
            } else if (line.startsWith("delete ")) {
                Files.deleteIfExists(dir.resolve(line.substring(7)));
            }
        }
        deleteTree(staging);
    }

    /** Releases the lock. Without a commit, drops what was staged and leaves the folder as it was. */
    @Override
    public void close() throws IOException {
        try {
            if (staging != null) deleteTree(staging);
            if (created && !committed) {
                // a failed first run into a new folder leaves no folder, as before there were locks
                Files.deleteIfExists(dir.resolve(LOCK_FILE));
                try {
                    Files.deleteIfExists(dir);
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    // something else appeared there meanwhile: not ours to remove
                }
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private List<String> stagedNames() throws IOException {
        List<String> names = new ArrayList<>();
        if (staging == null) return names;
        try (Stream<Path> s = Files.list(staging)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (!name.equals(MARKER_FILE) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) names.add(name);
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** The files the command owns in the folder that this run did not produce, in name order. */
    private List<String> stale(Predicate<String> owned, List<String> produced) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (owned.test(name) && !produced.contains(name) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(name);
                }
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private void removeDebris(Predicate<String> toolFiles) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList(); // listed first: a roll-forward adds files to the folder
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(STAGING_PREFIX) && isMarkedStaging(p)) {
                // a journal means the swap had begun: finish it; without one, drop what was staged
                if (Files.isRegularFile(p.resolve(JOURNAL_FILE), LinkOption.NOFOLLOW_LINKS)) rollForward(dir, p);
                else deleteTree(p);
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                var m = LEGACY_TEMP.matcher(name);
                if (m.matches() && toolFiles.test(m.group(1))) Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Whether a folder of the staging name is one of ours: its marker says so, or a kill cut the
     * marker short while it was written (its text a beginning of the marker's), or came before the
     * marker was made (the folder is empty). The folder's lock is held, so no live run owns it.
     */
    private static boolean isMarkedStaging(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return false;
        Path marker = p.resolve(MARKER_FILE);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(p)) {
                return s.findAny().isEmpty();
            }
        }
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return false;
        String text = Files.readString(marker, StandardCharsets.UTF_8);
        return text.startsWith(MARKER_TEXT) || (MARKER_TEXT + "\n").startsWith(text);
    }

    /** Removes a staging folder, its marker last, so a half-removed one is still recognised next time. */
    private static void deleteTree(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = new ArrayList<>(s.toList());
        } catch (NoSuchFileException e) {
            return;
        }
        Path marker = root.resolve(MARKER_FILE);
        all.sort(Comparator.comparing((Path p) -> p.equals(marker)).thenComparing(Comparator.reverseOrder()));
        // reverse order puts children before their folder; the marker goes just before the root
        all.remove(root);
        for (Path p : all) Files.deleteIfExists(p);
        Files.deleteIfExists(root);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file's SHA-256, read in blocks: a large run's flows.csv is hundreds of megabytes. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
