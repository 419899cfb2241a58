package tradesim.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dated step on the negotiation path. Its own {@code actions} apply on every path through it;
 * an outcome's actions only when that outcome is taken. {@code when} maps earlier event ids to the
 * outcome each must have taken for this event to happen at all.
 */
public record Event(String id, LocalDate date, String label, Map<String, String> when,
                    List<Outcome> outcomes, List<Action> actions) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        when = Collections.unmodifiableMap(new LinkedHashMap<>(when));
        outcomes = List.copyOf(outcomes);
        actions = List.copyOf(actions);
    }

    /** True when the event has outcomes, i.e. it is a branch point of the tree. */
    public boolean isBranch() {
        return !outcomes.isEmpty();
    }
}
