package tradesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unboxed row form writes exactly what the general one does, whatever the cells. */
class CsvWriterTest {

    private static String general(Object... cells) throws Exception {
        StringWriter w = new StringWriter();
        new CsvWriter(w, List.of("h")).row(cells);
        return w.toString();
    }

    private static String unboxed(String[] texts, double... numbers) throws Exception {
        StringWriter w = new StringWriter();
        new CsvWriter(w, List.of("h")).textsThenNumbers(texts, numbers);
        return w.toString();
    }

    @Test
    void textsThenNumbersWritesWhatRowWrites() throws Exception {
        assertEquals(general("s", "-", "2018-01", 38.5, -0.0, 1e-7), unboxed(new String[] {"s", "-", "2018-01"}, 38.5,
                -0.0, 1e-7));
        assertEquals(general("", 1.0), unboxed(new String[] {""}, 1.0));
        assertEquals(general(2.5, 3.0), unboxed(new String[0], 2.5, 3.0));
        assertEquals(general("a,b", "=1+1", "say \"hi\""), unboxed(new String[] {"a,b", "=1+1", "say \"hi\""}));
        // a kept text cell is reused, and still quoted right on the second row
        StringWriter w = new StringWriter();
        CsvWriter t = new CsvWriter(w, List.of("h"));
        t.textsThenNumbers(new String[] {"a,b"}, 1.0);
        t.textsThenNumbers(new String[] {"a,b"}, 123456789.1234567);
        assertEquals("h\n\"a,b\",1.000000\n\"a,b\",123456789.123457\n", w.toString());
    }
}
