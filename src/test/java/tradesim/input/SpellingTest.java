package tradesim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SpellingTest {

    static final List<String> KEYS = List.of("name", "title", "description", "dataset", "horizon", "parameters",
            "events", "uncertainty", "headline");

    @Test
    void transpositionsAndSmallTyposAreCorrected() {
        assertEquals(Optional.of("events"), Spelling.closest("evnets", KEYS));
        assertEquals(Optional.of("title"), Spelling.closest("titel", KEYS));
        assertEquals(Optional.of("horizon"), Spelling.closest("horizn", KEYS));
        assertEquals(Optional.of("parameters"), Spelling.closest("paramters", KEYS));
        assertEquals(Optional.of("dataset"), Spelling.closest("Dataset", KEYS));
    }

    @Test
    void farOffWordsGetNoSuggestion() {
        assertEquals(Optional.empty(), Spelling.closest("something_else", KEYS));
        assertEquals(Optional.empty(), Spelling.closest("x", List.of("y")));
    }

    @Test
    void shortCodesAllowOneEditOnly() {
        List<String> countries = List.of("JPN", "USA", "AUS", "EU", "ROW");
        assertEquals(Optional.of("JPN"), Spelling.closest("JNP", countries));
        assertEquals(Optional.of("AUS"), Spelling.closest("AUSS", countries));
        assertEquals(Optional.empty(), Spelling.closest("CHN", countries));
    }

    @Test
    void distanceCountsAnAdjacentSwapAsOneEdit() {
        assertEquals(1, Spelling.distance("ab", "ba"));
        assertEquals(3, Spelling.distance("kitten", "sitting"));
        assertEquals(0, Spelling.distance("", ""));
        assertEquals(4, Spelling.distance("", "abcd"));
    }

    @Test
    void hintIsReadyToAppend() {
        assertEquals(" (did you mean 'events'?)", Spelling.hint("evnts", KEYS));
        assertEquals("", Spelling.hint("zzz", KEYS));
    }
}
