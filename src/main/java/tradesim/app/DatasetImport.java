package tradesim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import tradesim.dataimport.DatasetFolderWriter;
import tradesim.dataimport.ImportSummary;
import tradesim.dataimport.ImportedData;
import tradesim.dataimport.TradeAggregation;
import tradesim.model.InputException;
import tradesim.model.Problem;

/**
 * The use case behind {@code tradesim data import}: bilateral HS6 trade (BACI or Comtrade) summed to
 * the products and countries of a groups file, written as a dataset folder that loads as it is.
 */
public final class DatasetImport {

    /** What to import, and where to. {@code out} is the dataset folder itself. */
    public record Request(String name, Path out, Path groups, TradeAggregation.Source source, Optional<Path> tariffs,
                          OptionalInt year) {
    }

    /** The lines of the summary, for the terminal. */
    public record Outcome(List<String> summary) {
        public Outcome {
            summary = List.copyOf(summary);
        }
    }

    private DatasetImport() {
    }

    /** Total bytes of the trade files, so a caller can size a progress bar. */
    public static long inputBytes(Request request) {
        return TradeAggregation.totalBytes(request.source());
    }

    /**
     * Runs the import. Bad input of any kind is an {@link InputException}, thrown before anything
     * is written; {@code progress} receives the bytes of trade files read so far.
     */
    public static Outcome run(Request request, LongConsumer progress) throws InputException, IOException {
        checkOutputFolder(request);
        ImportedData data = TradeAggregation.read(request.name(), request.groups(), request.source(),
                request.tariffs(), request.year(), progress);
        DatasetFolderWriter.Written written = new DatasetFolderWriter(data).write(request.out());
        return new Outcome(ImportSummary.lines(data, written, request.out()));
    }

    /**
     * The folder must be new, empty or an earlier dataset (it has a dataset.yaml), so that an import
     * never mixes its files into an unrelated folder; and no input may be one of the files it writes.
     */
    private static void checkOutputFolder(Request request) throws InputException {
        Path out = request.out();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException(Problem.ofFile(out.toString(), "cannot write the dataset here: the path is a file "
                    + "(found a file, expected a new or empty folder, or an earlier dataset folder)"));
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve("dataset.yaml")) && !isEmpty(out)) {
            throw new InputException(Problem.ofFile(out.toString(), "refusing to write the dataset here: the folder "
                    + "holds other files (found no dataset.yaml, expected a new or empty folder, or an earlier "
                    + "dataset folder)"));
        }
        List<Path> inputs = new ArrayList<>(request.source().tradeFiles());
        inputs.add(request.groups());
        request.tariffs().ifPresent(inputs::add);
        if (request.source() instanceof TradeAggregation.Baci b) inputs.add(b.countries());
        for (String file : DatasetFolderWriter.FILES) {
            Path target = out.resolve(file).toAbsolutePath().normalize();
            for (Path in : inputs) {
                if (in.toAbsolutePath().normalize().equals(target)) {
                    throw new InputException(Problem.ofFile(in.toString(), "refusing to overwrite an input: the "
                            + "import writes " + file + " in " + out + " (found the input there, expected inputs "
                            + "outside the dataset's own files)"));
                }
            }
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
