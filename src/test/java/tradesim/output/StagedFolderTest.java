package tradesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A swap that a kill interrupted is finished, from its journal, by the next opening of the folder. */
class StagedFolderTest {

    @TempDir
    Path dir;

    private Path staging(String name) throws Exception {
        Path s = Files.createDirectory(dir.resolve(StagedFolder.STAGING_PREFIX + name));
        Files.writeString(s.resolve(StagedFolder.MARKER_FILE), StagedFolder.MARKER_TEXT + "\n", StandardCharsets.UTF_8);
        return s;
    }

    @Test
    void aSwapInterruptedAfterItsJournalIsRolledForward() throws Exception {
        Files.writeString(dir.resolve("flows.csv"), "old flows");
        Files.writeString(dir.resolve("bands.csv"), "old bands");   // the new run has no draws: stale
        Files.writeString(dir.resolve("run.json"), "old run");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Path s = staging("1-interrupted");
        Files.writeString(s.resolve("run.json"), "new run");
        // killed after moving flows.csv: it is already in place, run.json and the removal are not done
        Files.writeString(dir.resolve("flows.csv"), "new flows");
        Files.writeString(s.resolve(StagedFolder.JOURNAL_FILE), "move flows.csv\ndelete bands.csv\nmove run.json\n");
        StagedFolder.open(dir, n -> false).close();
        assertEquals("new flows", Files.readString(dir.resolve("flows.csv")));
        assertEquals("new run", Files.readString(dir.resolve("run.json")));
        assertFalse(Files.exists(dir.resolve("bands.csv")));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertFalse(Files.exists(s));
    }

    @Test
    void aRunKilledBeforeItsJournalLeavesTheOldSetAndItsStagingGoes() throws Exception {
        Files.writeString(dir.resolve("flows.csv"), "old flows");
        Path s = staging("2-early");
        Files.writeString(s.resolve("flows.csv"), "new flows");
        StagedFolder.open(dir, n -> false).close();
        assertEquals("old flows", Files.readString(dir.resolve("flows.csv")));
        assertFalse(Files.exists(s));
    }

    @Test
    void aRunKilledWhileMakingItsStagingFolderLeavesNothingBehind() throws Exception {
        // killed before the marker existed, and while its text was being written
        Path bare = Files.createDirectory(dir.resolve(StagedFolder.STAGING_PREFIX + "3-bare"));
        Path cut = Files.createDirectory(dir.resolve(StagedFolder.STAGING_PREFIX + "4-cut"));
        Files.writeString(cut.resolve(StagedFolder.MARKER_FILE), StagedFolder.MARKER_TEXT.substring(0, 9));
        Path empty = Files.createDirectory(dir.resolve(StagedFolder.STAGING_PREFIX + "5-empty"));
        Files.writeString(empty.resolve(StagedFolder.MARKER_FILE), "");
        // not ours: a folder of the same name with something else in it stays
        Path other = Files.createDirectory(dir.resolve(StagedFolder.STAGING_PREFIX + "6-other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        StagedFolder.open(dir, n -> false).close();
        assertFalse(Files.exists(bare));
        assertFalse(Files.exists(cut));
        assertFalse(Files.exists(empty));
        assertEquals("mine", Files.readString(other.resolve("notes.txt")));
    }
}
