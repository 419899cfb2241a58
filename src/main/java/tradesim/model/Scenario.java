package tradesim.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated scenario file.
 *
 * @param name        file-safe id, used for output folders
 * @param datasetRef  the {@code dataset} key as written (a bare name or a relative path)
 * @param parameters  overrides on top of the dataset's parameters.csv
 * @param events      in file order; {@link #orderedEvents()} gives date order
 * @param baseline    policy that holds in the baseline too (the {@code baseline:} list): events
 *                    without outcomes or conditions, in file order
 * @param headline    flows the scenario asks charts and tables to feature (may be empty)
 * @param sourceFile  the path the scenario was read from, as given by the user
 * @param sha256      hash of the file's bytes, for run.json
 */
public record Scenario(String name, String title, String description, String datasetRef, Horizon horizon,
                       List<ParameterRule> parameters, List<Event> events, Optional<Uncertainty> uncertainty,
                       List<FlowKey> headline, String sourceFile, String sha256, List<Event> baseline) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(datasetRef, "datasetRef");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(sha256, "sha256");
        parameters = List.copyOf(parameters);
        events = List.copyOf(events);
        headline = List.copyOf(headline);
        baseline = List.copyOf(baseline);
        for (Event e : baseline) {
            if (e.isBranch() || !e.when().isEmpty()) {
                throw new IllegalArgumentException("a baseline event has no outcomes or conditions: " + e.id());
            }
        }
    }

    /** A scenario with no baseline layer of its own. */
    public Scenario(String name, String title, String description, String datasetRef, Horizon horizon,
                    List<ParameterRule> parameters, List<Event> events, Optional<Uncertainty> uncertainty,
                    List<FlowKey> headline, String sourceFile, String sha256) {
        this(name, title, description, datasetRef, horizon, parameters, events, uncertainty, headline, sourceFile,
                sha256, List.of());
    }

    /** The same scenario with other parameter overrides (a front door's what-if on elasticities). */
    public Scenario withParameters(List<ParameterRule> overrides) {
        return new Scenario(name, title, description, datasetRef, horizon, overrides, events, uncertainty, headline,
                sourceFile, sha256, baseline);
    }

    /** Baseline events by date, file order for equal dates: the order in which they stack. */
    public List<Event> orderedBaseline() {
        return baseline.stream().sorted(Comparator.comparing(Event::date)).toList();
    }

    /** Events by date, file order for equal dates: the order in which actions stack. */
    public List<Event> orderedEvents() {
        return events.stream().sorted(Comparator.comparing(Event::date)).toList();
    }

    /** Every action of the file: the baseline layer's, each event's own and each outcome's. */
    public List<Action> allActions() {
        List<Action> out = new java.util.ArrayList<>();
        for (Event e : baseline) out.addAll(e.actions());
        for (Event e : events) {
            out.addAll(e.actions());
            for (Outcome o : e.outcomes()) out.addAll(o.actions());
        }
        return out;
    }

    /** Whether any action of the file, on any path, is of this kind. */
    public boolean has(Class<? extends Action> kind) {
        return allActions().stream().anyMatch(kind::isInstance);
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
