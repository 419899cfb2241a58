package tradesim.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tradesim.output.CsvWriter;

/**
 * Text that a spreadsheet would run as a formula is written with a leading apostrophe (OWASP,
 * "CSV Injection"), numbers are written as numbers even when negative, and the lone "-" that names
 * a path without branches stays as it is.
 */
class CsvFormulaTest {

    private static String written(Object cell) throws IOException {
        StringWriter w = new StringWriter();
        new CsvWriter(w, List.of("h")).row(cell);
        return w.toString().substring("h\n".length(), w.toString().length() - 1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2",
        "+1|'+1",
        "-2+3|'-2+3",
        "@SUM(A1:A9)|'@SUM(A1:A9)",
        "=|'=",
        "@|'@",
        "-|-",
        "JPN|JPN",
        "a=b|a=b",
        "'=already|'=already",
    })
    void formulaTextIsNeutralised(String cell, String expected) throws IOException {
        assertEquals(expected, written(cell));
    }

    @org.junit.jupiter.api.Test
    void quotedFormulasAreNeutralisedInsideTheQuotes() throws IOException {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", written("=HYPERLINK(\"http://x\")"));
        assertEquals("'=cmd|' /C calc'!A0", written("=cmd|' /C calc'!A0"));
        assertEquals("\"'=1,2\"", written("=1,2"));
    }

    @org.junit.jupiter.api.Test
    void leadingTabOrCarriageReturnIsNeutralised() throws IOException {
        assertEquals("'\t=1", written("\t=1"));
        assertEquals("\"'\r=1\"", written("\r=1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-1.5,-1.500000", "0.25,0.250000", "-0.0,0.000000"})
    void negativeNumbersStayNumbers(double v, String expected) throws IOException {
        assertEquals(expected, written(v));
    }
}
