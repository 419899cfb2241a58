package tradesim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handouts: questions from under "## Questions" only, answer keys never read. */
class HandoutsTest {

    @TempDir
    Path dir;

    @Test
    void questionsAreTheItemsUnderTheQuestionsHeadingWithTheirContinuationLines() {
        String md = """
                # Exercise 07 — Beef
                ## Goal
                1. not a question
                ## Questions
                1. Which supplier gains
                   the most?
                2. Why?
                - A bullet counts too.
                ## Teacher's answer
                1. Australia.
                """;
        assertEquals(List.of("Which supplier gains the most?", "Why?", "A bullet counts too."), Handouts.questions(md));
    }

    @Test
    void handoutsAreTwoDigitMarkdownFilesAndAnswerKeysAreLeftOut() throws Exception {
        Path ex = Files.createDirectories(dir.resolve("exercises"));
        Files.writeString(ex.resolve("01-beef.md"), "# One\nUses cptpp-without-us.\n## Questions\n1. Q1?\n");
        Files.writeString(ex.resolve("01-beef-answers.md"), "# Key\n## Questions\n1. secret\n");
        Files.createDirectories(ex.resolve("answers"));
        Files.writeString(ex.resolve("answers/02-cars.md"), "# Key\n## Questions\n1. secret\n");
        Files.writeString(ex.resolve("README.md"), "# Read me\n## Questions\n1. no\n");
        List<Handouts.Handout> h = Handouts.read(dir, List.of("status-quo", "cptpp-without-us"));
        assertEquals(List.of(new Handouts.Handout("01-beef", "One", "cptpp-without-us", List.of("Q1?"))), h);
    }
}
