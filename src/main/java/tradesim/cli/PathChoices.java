package tradesim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import tradesim.model.InputException;
import tradesim.model.Problem;

/** The {@code --path ID=OUT,...} option: the outcomes to take through a scenario's event tree. */
final class PathChoices {

    private PathChoices() {
    }

    /** "a=x,b=y" → {a: x, b: y}; empty or null → no choices (the most likely path). */
    static Map<String, String> parse(String spec) throws InputException {
        try {
            return parseOrThrow(spec);
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.ofFile("--path", e.getMessage()));
        }
    }

    /** @throws IllegalArgumentException naming the bad part */
    static Map<String, String> parseOrThrow(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) return out;
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", -1);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("bad choice '" + part.trim() + "' (expected EVENT=OUTCOME)");
            }
            if (out.put(kv[0].trim(), kv[1].trim()) != null) {
                throw new IllegalArgumentException("event '" + kv[0].trim() + "' chosen twice");
            }
        }
        return out;
    }
}
