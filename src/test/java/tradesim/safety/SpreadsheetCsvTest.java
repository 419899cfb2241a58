package tradesim.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.dataset.DatasetLoader;
import tradesim.model.Dataset;
import tradesim.model.InputException;
import tradesim.model.Problem;

/**
 * Datasets as spreadsheets save them (issue 8, item 2). An Excel "CSV UTF-8" export — a BOM, CRLF
 * line ends, every cell quoted — loads to exactly the same data as the plain file. A German or
 * French export — ';' between cells and ',' as the decimal point — is refused with the row, the
 * column and the reason, not misread.
 */
class SpreadsheetCsvTest {

    static final Path MINI = Path.of("src/test/resources/data/mini");

    @TempDir
    Path tmp;

    private Path copy(String name, java.util.function.UnaryOperator<String> csvEdit) throws IOException {
        Path to = Files.createDirectories(tmp.resolve(name));
        try (Stream<Path> s = Files.list(MINI)) {
            for (Path f : s.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.toString().endsWith(".csv")) text = csvEdit.apply(text);
                Files.writeString(to.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return to;
    }

    /** Every cell quoted, CRLF line ends, a BOM: what Excel writes for "CSV UTF-8". */
    static String excelExport(String csv) {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (String line : csv.replace("\uFEFF", "").split("\n")) {
            if (line.isBlank()) continue;
            List<String> cells = new ArrayList<>();
            for (String cell : splitCsv(line)) cells.add('"' + cell.replace("\"", "\"\"") + '"');
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    /** One line of the mini files: quoted cells may hold commas, no line breaks. */
    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    @Test
    void anExcelExportLoadsExactlyAsThePlainFiles() throws Exception {
        Dataset plain = DatasetLoader.load(MINI);
        Dataset excel = DatasetLoader.load(copy("excel", SpreadsheetCsvTest::excelExport));
        assertEquals(plain.flows(), excel.flows());
        assertEquals(plain.tariffs(), excel.tariffs());
        assertEquals(plain.parameters(), excel.parameters());
        assertEquals(plain.growth(), excel.growth());
        // the quoted comma of "US Census, 2017" is one cell, not two
        assertEquals("US Census, 2017", excel.flows().stream().filter(f -> f.key().toString().contains("cars"))
                .findFirst().orElseThrow().source());
    }

    @Test
    void aSemicolonExportWithDecimalCommasIsRefusedAtEveryBadPlace() throws IOException {
        Path folder = copy("german", csv -> csv.replace(",", ";").replaceAll("(\\d)\\.(\\d)", "$1,$2"));
        InputException e = assertThrows(InputException.class, () -> DatasetLoader.load(folder));
        for (Problem p : e.problems()) {
            assertEquals(true, p.file().endsWith(".csv"), p.toString());
        }
        List<String> lines = e.problems().stream().map(p -> Path.of(p.file()).getFileName() + ":" + p.line() + ":"
                + p.column() + ": " + p.message()).toList();
        String why = "' (found ';' in the header, expected ','; save the sheet as CSV with commas, and '.' as the "
                + "decimal point)";
        assertEquals(List.of("flows.csv:1:9: cells are separated by ';" + why,
                "growth.csv:1:8: cells are separated by ';" + why,
                "parameters.csv:1:8: cells are separated by ';" + why,
                "tariffs.csv:1:9: cells are separated by ';" + why), lines);
    }
}
