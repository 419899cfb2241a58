package tradesim.dataimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;
import tradesim.model.InputException;

/**
 * Reads a groups file, an optional HS tariff file and BACI or Comtrade trade files, and sums one
 * year of trade to the groups. Every problem in the small files is reported before the trade files
 * are read; then every problem in those (the first {@value RowCells#SHOWN} of each file).
 */
public final class TradeAggregation {

    /** The trade data: BACI with its country file, or one or more Comtrade files. */
    public sealed interface Source permits Baci, Comtrade {
        /** The trade files, in reading order. */
        List<Path> tradeFiles();
    }

    public record Baci(Path file, Path countries) implements Source {
        @Override
        public List<Path> tradeFiles() {
            return List.of(file);
        }
    }

    public record Comtrade(List<Path> files) implements Source {
        public Comtrade {
            files = List.copyOf(files);
        }

        @Override
        public List<Path> tradeFiles() {
            return files;
        }
    }

    static final String BACI_URL = "http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37";
    static final String COMTRADE_URL = "https://comtradeplus.un.org/";

    private TradeAggregation() {
    }

    /**
     * Reads and sums; {@code year} empty means the only year in the data. {@code progress} receives
     * the bytes of trade files read so far, over all files.
     */
    public static ImportedData read(String name, Path groupsFile, Source source, Optional<Path> tariffFile,
                                    OptionalInt year, LongConsumer progress) throws InputException {
        ProblemCollector problems = new ProblemCollector();
        Optional<ProductGroups> groups = ProductGroups.read(groupsFile, groupsFile.toString(), problems);
        Optional<CountryCodes> codes = Optional.empty();
        if (source instanceof Baci b) {
            codes = CountryCodes.read(b.countries(), b.countries().toString(), problems);
            if (groups.isPresent() && codes.isPresent()) checkKept(groups.get(), codes.get(), b.countries(), problems);
        }
        Optional<CountryCodes> known = codes;
        HsTariffs tariffs = HsTariffs.none();
        if (tariffFile.isPresent()) {
            tariffs = HsTariffs.read(tariffFile.get(), tariffFile.get().toString(),
                    c -> known.map(k -> k.knowsIso3(c)).orElse(true), problems).orElse(HsTariffs.none());
        }
        problems.throwIfAny();

        TradeTotals totals = new TradeTotals(groups.orElseThrow(), tariffs,
                year.isPresent() ? year.getAsInt() : null);
        long bytesBefore = 0;
        long rows = 0;
        Map<String, String> names = new HashMap<>();
        ComtradeFile.Skipped skipped = null;
        for (Path file : source.tradeFiles()) {
            long offset = bytesBefore;
            LongConsumer fileProgress = bytes -> progress.accept(offset + bytes);
            if (source instanceof Baci b) {
                rows += BaciFile.read(file, file.toString(), b.countries().toString(), codes.orElseThrow(), totals,
                        fileProgress, problems);
            } else {
                if (skipped == null) skipped = new ComtradeFile.Skipped();
                rows += ComtradeFile.read(file, file.toString(), totals, skipped, names, fileProgress, problems);
            }
            bytesBefore += size(file);
        }
        problems.throwIfAny();

        int chosen = chooseYear(totals, year, source, problems);
        problems.throwIfAny();
        if (source instanceof Baci) {
            for (String c : groups.get().countryCodes()) names.put(c, codes.orElseThrow().name(c));
        }
        return new ImportedData(name, chosen, groups.get(), groupsFile.getFileName().toString(), totals, names,
                describe(source, tariffFile, groupsFile, chosen), rows, skipped);
    }

    /** Every country kept apart must be one the trade file can name. */
    private static void checkKept(ProductGroups groups, CountryCodes codes, Path countryFile,
                                  ProblemCollector problems) {
        for (ProductGroups.KeptCountry c : groups.countries()) {
            if (!codes.knowsIso3(c.code())) {
                problems.add(c.file(), c.line(), c.column(),
                        "unknown country '" + c.code() + "'" + Spelling.hint(c.code(), codes.iso3Codes())
                                + " (found no country_iso3 " + c.code() + " in " + countryFile
                                + ", expected an ISO3 code of the country file)");
            }
        }
    }

    private static int chooseYear(TradeTotals totals, OptionalInt year, Source source, ProblemCollector problems) {
        String files = source.tradeFiles().stream().map(Path::toString).collect(Collectors.joining(", "));
        Set<Integer> years = totals.years();
        if (year.isPresent()) {
            if (!years.contains(year.getAsInt())) {
                Set<Integer> present = new java.util.TreeSet<>(totals.otherYearRows().keySet());
                problems.addFile(files, "no rows of year " + year.getAsInt() + " (found " + (present.isEmpty()
                        ? "no rows" : "years " + present.stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))) + ", expected rows with the year given by --year)");
                return -1;
            }
            return year.getAsInt();
        }
        if (years.size() == 1) return years.iterator().next();
        if (years.isEmpty()) {
            problems.addFile(files, "no trade rows (found only a header, expected rows of one year)");
        } else {
            problems.addFile(files, "several years in the data (found " + years.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ", expected one year, or --year YYYY to choose)");
        }
        return -1;
    }

    private static ImportedData.InputDescription describe(Source source, Optional<Path> tariffFile, Path groupsFile,
                                                          int year) {
        List<String> sources = new ArrayList<>();
        String label;
        String valueNote;
        String quantityNote;
        if (source instanceof Baci b) {
            label = "BACI " + b.file().getFileName();
            valueNote = ", sum of v (thousand USD) / 1000";
            quantityNote = "q (tonnes)";
            sources.add("CEPII BACI, " + b.file().getFileName() + " with country codes " + b.countries().getFileName()
                    + ", year " + year + ": " + BACI_URL);
        } else {
            List<String> names = source.tradeFiles().stream().map(p -> p.getFileName().toString()).toList();
            label = "UN Comtrade " + String.join(", ", names);
            valueNote = ", sum of primaryValue (USD) / 1e6, imports as reported by the importer";
            quantityNote = "(netWgt (kg) / 1000)";
            sources.add("UN Comtrade, " + String.join(", ", names) + ", imports (flowCode M) as reported by the "
                    + "importer, year " + year + ": " + COMTRADE_URL);
        }
        sources.add("Groups (countries kept apart, HS prefixes of each product): " + groupsFile.getFileName());
        tariffFile.ifPresent(t -> sources.add("HS tariff rates: " + t.getFileName()
                + " (each row's own source in tariffs.csv)"));
        return new ImportedData.InputDescription(label, valueNote, quantityNote,
                tariffFile.map(t -> t.getFileName().toString()).orElse(""), sources);
    }

    /** The sum of the trade files' sizes in bytes, for a progress bar. */
    public static long totalBytes(Source source) {
        return source.tradeFiles().stream().mapToLong(TradeAggregation::size).sum();
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // reported when the file is read
        }
    }
}
