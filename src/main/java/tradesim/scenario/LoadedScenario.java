package tradesim.scenario;

import java.util.Objects;

import tradesim.model.Dataset;
import tradesim.model.Scenario;

/** A validated scenario together with the dataset it names, every id of the one checked against the other. */
public record LoadedScenario(Scenario scenario, Dataset dataset) {
    public LoadedScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(dataset, "dataset");
    }
}
