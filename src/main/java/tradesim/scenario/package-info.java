/**
 * Scenario files (docs/model.md, The scenario file): YAML in, a validated {@link tradesim.model.Scenario}
 * and its {@link tradesim.model.Dataset} out, through {@link tradesim.scenario.ScenarioLoader}.
 *
 * <p>Validation collects every problem of the file and of its dataset in one pass and throws one
 * {@link tradesim.model.InputException}; each problem reads {@code file:line:col: what (found X,
 * expected Y)}. Values are checked before model records are built, so users never see a record's
 * own IllegalArgumentException. {@link tradesim.scenario.ScenarioTemplate} is what {@code tradesim
 * new} writes.
 */
package tradesim.scenario;
