package tradesim.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as input files write them: {@code YYYY-MM-DD}, or {@code YYYY-MM} for the first day of a month. */
public final class DateCells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    private DateCells() {
    }

    /** The date the text names, or empty when it is not a valid date in either form. */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = text == null ? null : DATE.matcher(text.strip());
        if (m == null || !m.matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
