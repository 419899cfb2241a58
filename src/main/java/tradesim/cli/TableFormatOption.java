package tradesim.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import tradesim.output.TableFormat;

/**
 * The shared {@code --format csv|parquet} option of the commands that write tables. The word is the
 * file extension, in lower case, as users type it and see it in the folder.
 */
public final class TableFormatOption {

    @Option(names = "--format", paramLabel = "csv|parquet", defaultValue = "csv", converter = Words.class,
            completionCandidates = Words.class,
            description = "Format of the tables: csv, or parquet (the same columns, typed and compressed, for "
                    + "large runs). Charts, HTML pages and run.json are written either way. Default: ${DEFAULT-VALUE}.")
    TableFormat format;

    /** Reads the word and lists the valid ones, for parsing, error messages and shell completion. */
    static final class Words implements ITypeConverter<TableFormat>, Iterable<String> {
        @Override
        public TableFormat convert(String word) {
            return TableFormat.of(word).orElseThrow(() -> new TypeConversionException(
                    "expected one of " + String.join(", ", this) + " (found '" + word + "')"));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(TableFormat.values()).map(TableFormat::extension)
                    .collect(Collectors.toList()).iterator();
        }
    }
}
