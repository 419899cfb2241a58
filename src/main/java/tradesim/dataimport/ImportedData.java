package tradesim.dataimport;

import java.util.List;
import java.util.Map;

/**
 * One year of trade summed to the groups, with what the dataset files and the summary say about
 * where it came from. Made by {@link TradeAggregation}, written by {@link DatasetFolderWriter}.
 */
public final class ImportedData {

    private final String name;
    private final int year;
    private final ProductGroups groups;
    private final String groupsFile;
    private final TradeTotals all;
    private final Map<String, String> countryNames;
    private final InputDescription input;
    private final long rowsRead;
    private final ComtradeFile.Skipped skipped;

    /**
     * How the input is named and converted in sources: {@code label} e.g. "BACI BACI_HS17_Y2017.csv",
     * {@code valueNote} appended to the flows' sources, {@code quantityNote} in the unit values'
     * sources, {@code tariffFile} the tariff file's name, {@code sources} the dataset's source list
     * before the elasticity references.
     */
    record InputDescription(String label, String valueNote, String quantityNote, String tariffFile,
                            List<String> sources) {
        InputDescription {
            sources = List.copyOf(sources);
        }
    }

    ImportedData(String name, int year, ProductGroups groups, String groupsFile, TradeTotals all,
                 Map<String, String> countryNames, InputDescription input, long rowsRead,
                 ComtradeFile.Skipped skipped) {
        this.name = name;
        this.year = year;
        this.groups = groups;
        this.groupsFile = groupsFile;
        this.all = all;
        this.countryNames = Map.copyOf(countryNames);
        this.input = input;
        this.rowsRead = rowsRead;
        this.skipped = skipped;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    ProductGroups groups() {
        return groups;
    }

    String groupsFile() {
        return groupsFile;
    }

    TradeTotals all() {
        return all;
    }

    InputDescription input() {
        return input;
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Comtrade rows skipped by reason; null for BACI. */
    ComtradeFile.Skipped skipped() {
        return skipped;
    }

    TradeTotals.Year totals() {
        return all.year(year);
    }

    int key(int product, int importer, int exporter) {
        return all.key(product, importer, exporter);
    }

    String countryName(String code) {
        if (code.equals(ProductGroups.REST_OF_WORLD)) return "Rest of world";
        return countryNames.getOrDefault(code, code);
    }

    /** The dataset's country codes in order: those kept apart, then ROW. */
    List<String> countryCodes() {
        List<String> codes = new java.util.ArrayList<>(groups.countryCodes());
        codes.add(ProductGroups.REST_OF_WORLD);
        return List.copyOf(codes);
    }
}
