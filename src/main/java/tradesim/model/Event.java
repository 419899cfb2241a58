package tradesim.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated step on the negotiation path. Its own {@code actions} apply on every path through it;
 * an outcome's actions only when that outcome is taken. {@code when} maps earlier event ids to the
 * outcome each must have taken for this event to happen at all. {@code shortLabel} is the
 * scenario's own shorter wording for charts ({@code short:}), when the label is too long for a key.
 */
public record Event(String id, LocalDate date, String label, Map<String, String> when,
                    List<Outcome> outcomes, List<Action> actions, Optional<String> shortLabel) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(shortLabel, "shortLabel");
        when = Collections.unmodifiableMap(new LinkedHashMap<>(when));
        outcomes = List.copyOf(outcomes);
        actions = List.copyOf(actions);
    }

    /** An event without a short label of its own. */
    public Event(String id, LocalDate date, String label, Map<String, String> when, List<Outcome> outcomes,
                 List<Action> actions) {
        this(id, date, label, when, outcomes, actions, Optional.empty());
    }

    /** What a chart's key calls the event: the short label when the scenario gives one. */
    public String chartLabel() {
        return shortLabel.orElse(label);
    }

    /** True when the event has outcomes, i.e. it is a branch point of the tree. */
    public boolean isBranch() {
        return !outcomes.isEmpty();
    }
}
