package tradesim.dataimport;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.ZipException;

import tradesim.input.ProblemCollector;

/** The read loop shared by the trade file layouts: open, check the header, hand over each row. */
final class TradeFileScan {

    /** What a layout does with its header and rows. */
    interface Layout {
        /** Checks the header and learns the columns; false after reporting why it is wrong. */
        boolean header(RecordReader.Record header, RowCells cells);

        void row(RecordReader.Record row, RowCells cells);
    }

    private TradeFileScan() {
    }

    /**
     * Reads every row of {@code path} into {@code layout}; returns the number of data rows.
     * {@code progress} receives the bytes read so far.
     */
    static long scan(Path path, String display, Layout layout, LongConsumer progress, ProblemCollector problems) {
        RowCells cells = new RowCells(display, problems);
        long rows = 0;
        try (RecordReader in = RecordReader.open(path, progress)) {
            RecordReader.Record header = in.next();
            if (header == null) {
                problems.addFile(display, "the file is empty (expected a header line)");
                return 0;
            }
            if (!layout.header(header, cells)) return 0;
            while (true) {
                RecordReader.Record r;
                try {
                    r = in.next();
                } catch (RecordReader.SyntaxError e) {
                    cells.report(e.line, e.column, e.getMessage());
                    continue;
                }
                if (r == null) break;
                rows++;
                if (r.cells().size() != header.cells().size()) {
                    cells.report(r.line(), 1, "wrong number of cells (found " + r.cells().size() + ", expected "
                            + header.cells().size() + " as in the header)");
                    continue;
                }
                layout.row(r, cells);
            }
            progress.accept(in.bytesRead());
        } catch (NoSuchFileException e) {
            problems.addFile(display, "file not found");
        } catch (CharacterCodingException e) {
            cells.report(1, 1, "not a text file (found bytes that are not UTF-8, expected UTF-8 CSV)");
        } catch (ZipException e) {
            cells.report(1, 1, "not a gzip file (found " + e.getMessage() + ", expected a .gz file made by gzip)");
        } catch (RecordReader.SyntaxError e) {
            cells.report(e.line, e.column, e.getMessage());
        } catch (IOException e) {
            problems.addFile(display, "cannot read the file: " + e.getMessage());
        }
        cells.finish();
        return rows;
    }
}
