package tradesim.input;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/**
 * Numbers as users write them in scenario files and CSV cells: plain decimals with a '.' point,
 * optionally an exponent; {@code inf} where infinity is allowed; YAML's {@code .inf} and
 * {@code .nan} are recognised so they can be rejected with a clear reason rather than "not a number".
 */
public final class NumberText {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private NumberText() {
    }

    /** The outcome of reading a number: a value, or why the text is not one (empty when no better reason). */
    public record Reading(double value, String error) {
        public boolean ok() {
            return error == null;
        }

        /** "X is not a number" plus the reason, if there is a specific one. */
        public String message(String what) {
            return what + " is not a number" + (error == null || error.isEmpty() ? "" : ": " + error);
        }
    }

    public static Reading read(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) return new Reading(Double.NaN, "the text is blank");
        if (DECIMAL.matcher(text).matches()) return new Reading(Double.parseDouble(text), null);
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", ".inf", "+.inf", "infinity" -> {
                return new Reading(Double.POSITIVE_INFINITY, null);
            }
            case "-inf", "-.inf", "-infinity" -> {
                return new Reading(Double.NEGATIVE_INFINITY, null);
            }
            case ".nan", "nan" -> {
                return new Reading(Double.NaN, null);
            }
            default -> {
            }
        }
        if (text.endsWith("%") && DECIMAL.matcher(text.substring(0, text.length() - 1).strip()).matches()) {
            return new Reading(Double.NaN, "a percent sign is not part of a number; write " + text.substring(0,
                    text.length() - 1).strip());
        }
        if (text.contains(",")) {
            return new Reading(Double.NaN, "use '.' as the decimal point and no thousands separator");
        }
        return new Reading(Double.NaN, "");
    }

    /** A number for messages: shortest plain form, 12 significant digits, Locale-independent. */
    public static String format(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        BigDecimal d = new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
