package tradesim.model;

import java.util.List;
import java.util.Objects;

/** One branch of an event, taken with {@code probability}; its actions apply only when it is taken. */
public record Outcome(String id, double probability, List<Action> actions) {
    public Outcome {
        Objects.requireNonNull(id, "id");
        actions = List.copyOf(actions);
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
        }
    }
}
