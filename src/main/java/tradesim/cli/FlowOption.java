package tradesim.cli;

import java.util.Optional;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.model.Problem;

/** The {@code --flow IMPORTER:EXPORTER:PRODUCT} option that several commands share. */
final class FlowOption {

    private FlowOption() {
    }

    /** Null: no flow given. */
    static Optional<FlowKey> parse(String s) throws InputException {
        if (s == null) return Optional.empty();
        String[] p = s.split(":", -1);
        if (p.length != 3 || p[0].isBlank() || p[1].isBlank() || p[2].isBlank()) {
            throw new InputException(Problem.ofFile("--flow", "bad flow '" + s
                    + "' (expected IMPORTER:EXPORTER:PRODUCT, e.g. JPN:USA:beef)"));
        }
        return Optional.of(new FlowKey(p[0].strip(), p[1].strip(), p[2].strip()));
    }
}
