package tradesim.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tradesim.input.DateCells;
import tradesim.input.YamlNode;

/** Dates as scenario files write them: {@code YYYY-MM-DD}, or {@code YYYY-MM} for the first day of a month. */
final class DateText {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private DateText() {
    }

    static Optional<LocalDate> date(YamlNode node, String what) {
        Optional<LocalDate> d = DateCells.parse(node.rawText());
        if (d.isEmpty()) {
            node.report(what + " is not a valid date (found " + node.found() + ", expected YYYY-MM-DD or YYYY-MM)");
        }
        return d;
    }

    static Optional<YearMonth> month(YamlNode node, String what) {
        String v = node.rawText();
        Matcher m = v == null ? null : MONTH.matcher(v.strip());
        if (m != null && m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month));
        }
        node.report(what + " is not a valid month (found " + node.found() + ", expected YYYY-MM)");
        return Optional.empty();
    }
}
