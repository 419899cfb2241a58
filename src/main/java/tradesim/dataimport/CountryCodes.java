package tradesim.dataimport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tradesim.input.CsvTable;
import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;

/**
 * BACI's country file: the numeric codes its trade file uses, with each country's ISO3 code and
 * name. Several numeric codes may share an ISO3 code (BACI keeps historical codes); they are the
 * same country here.
 */
final class CountryCodes {

    static final List<String> HEADER = List.of("country_code", "country_name", "country_iso2", "country_iso3");

    private final Map<Integer, String> iso3ByCode;
    private final Map<String, String> nameByIso3;

    private CountryCodes(Map<Integer, String> iso3ByCode, Map<String, String> nameByIso3) {
        this.iso3ByCode = Map.copyOf(iso3ByCode);
        this.nameByIso3 = Map.copyOf(nameByIso3);
    }

    static Optional<CountryCodes> read(Path path, String display, ProblemCollector problems) {
        int before = problems.count();
        Optional<List<CsvTable.Row>> rows = SmallTable.rows(path, display, HEADER, problems);
        if (rows.isEmpty()) return Optional.empty();
        Map<Integer, String> iso3ByCode = new HashMap<>();
        Map<String, String> nameByIso3 = new LinkedHashMap<>();
        Map<Integer, Integer> lineOf = new HashMap<>();
        for (CsvTable.Row row : rows.get()) {
            List<CsvTable.Cell> c = row.cells();
            String codeText = c.get(0).text().strip();
            String iso3 = c.get(3).text().strip();
            if (!codeText.matches("\\d{1,9}")) {
                problems.add(display, c.get(0).line(), c.get(0).column(), "country_code is not a whole number (found '"
                        + Spelling.shown(codeText) + "', expected a numeric code such as 842)");
                continue;
            }
            int code = Integer.parseInt(codeText);
            Integer first = lineOf.putIfAbsent(code, row.line());
            if (first != null) {
                problems.add(display, c.get(0).line(), c.get(0).column(), "country_code " + code + " is listed twice "
                        + "(first at line " + first + ", expected each code once)");
                continue;
            }
            // A code without an ISO3 code (an area "nes") cannot be kept apart; it still counts, as ROW.
            if (iso3.isEmpty()) iso3 = "#" + code;
            iso3ByCode.put(code, iso3);
            nameByIso3.putIfAbsent(iso3, c.get(1).text().strip().isEmpty() ? iso3 : c.get(1).text().strip());
        }
        if (problems.count() > before) return Optional.empty();
        return Optional.of(new CountryCodes(iso3ByCode, nameByIso3));
    }

    /** The ISO3 code of a numeric BACI code, or null if the country file does not list it. */
    String iso3(int code) {
        return iso3ByCode.get(code);
    }

    boolean knowsIso3(String iso3) {
        return nameByIso3.containsKey(iso3);
    }

    String name(String iso3) {
        return nameByIso3.getOrDefault(iso3, iso3);
    }

    java.util.Set<String> iso3Codes() {
        return nameByIso3.keySet();
    }
}
