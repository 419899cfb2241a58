package tradesim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tradesim.model.Problem;
import tradesim.input.ProblemCollector;

class CsvTableTest {

    private static CsvTable parse(String text) {
        ProblemCollector problems = new ProblemCollector();
        CsvTable t = CsvTable.parse(text, "t.csv", problems).orElseThrow(() -> new AssertionError(problems.list()));
        assertTrue(problems.isEmpty());
        return t;
    }

    private static List<String> texts(CsvTable.Row row) {
        return row.cells().stream().map(CsvTable.Cell::text).toList();
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() {
        CsvTable t = parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n");
        assertEquals(List.of("a", "b", "c"), texts(t.header()));
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), texts(t.rows().get(0)));
        assertEquals(List.of("last", "", ""), texts(t.rows().get(1)));
        assertEquals(4, t.rows().get(1).line()); // the quoted line break moved it down
    }

    @Test
    void columnsAreCharacterPositionsWhereCellsStart() {
        CsvTable t = parse("a,bb,ccc\r\n1,\"22\",333\r\n");
        List<CsvTable.Cell> cells = t.rows().get(0).cells();
        assertEquals(List.of(1, 3, 8), cells.stream().map(CsvTable.Cell::column).toList());
        assertEquals(List.of(2, 2, 2), cells.stream().map(CsvTable.Cell::line).toList());
    }

    @Test
    void byteOrderMarkBlankLinesAndMissingFinalNewlineAreFine() {
        CsvTable t = parse("\uFEFFa,b\n\n1,2\n\n3,4");
        assertEquals(List.of("a", "b"), texts(t.header()));
        assertEquals(2, t.rows().size());
        assertEquals(5, t.rows().get(1).line());
    }

    @Test
    void unclosedQuoteIsReportedWhereItOpens() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(CsvTable.parse("a,b\n1,\"open\n2,3\n", "t.csv", problems).isEmpty());
        assertEquals(List.of(new Problem("t.csv", 2, 3,
                "a quoted cell is never closed (found end of file, expected a closing '\"')")), problems.list());
    }

    @Test
    void emptyFileHasNoHeader() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(CsvTable.parse("\n\n", "t.csv", problems).isEmpty());
        assertEquals("t.csv:1:1: the file is empty (expected a header line)", problems.list().get(0).toString());
    }
}
