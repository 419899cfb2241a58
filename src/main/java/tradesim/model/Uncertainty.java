package tradesim.model;

import java.util.List;

/** The scenario's {@code uncertainty} block: the default seed and the uncertain parameters. */
public record Uncertainty(long seed, List<UncertainParameter> parameters) {
    public Uncertainty {
        parameters = List.copyOf(parameters);
    }
}
