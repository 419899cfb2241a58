package tradesim.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.model.Action;
import tradesim.model.Event;
import tradesim.model.Horizon;
import tradesim.model.Outcome;
import tradesim.model.Scenario;
import tradesim.model.Selector;
import tradesim.model.TariffChange;

/** Builds scenario records in code, for tests that should not depend on the YAML loader. */
public final class Scenarios {

    private Scenarios() {
    }

    public static Scenario monthly(String start, String end, Event... events) {
        return new Scenario("test", "Test", "A test scenario", "mini",
                new Horizon(YearMonth.parse(start), YearMonth.parse(end), Horizon.Step.MONTH),
                List.of(), List.of(events), Optional.empty(), List.of(), "test.yaml", "0");
    }

    public static Event event(String id, String date, Action... actions) {
        return new Event(id, LocalDate.parse(date), id, Map.of(), List.of(), List.of(actions));
    }

    public static Event branch(String id, String date, Map<String, String> when, Outcome... outcomes) {
        return new Event(id, LocalDate.parse(date), id, when, List.of(outcomes), List.of());
    }

    public static Event conditional(String id, String date, Map<String, String> when, Action... actions) {
        return new Event(id, LocalDate.parse(date), id, when, List.of(), List.of(actions));
    }

    public static Outcome outcome(String id, double p, Action... actions) {
        return new Outcome(id, p, List.of(actions));
    }

    public static Action.Tariff tariff(String importer, String exporter, String product, TariffChange change) {
        return new Action.Tariff(sel(importer), sel(exporter), sel(product), change, Optional.empty());
    }

    public static Action.Tariff tariffUntil(String importer, String exporter, String product, TariffChange change,
                                            String until) {
        return new Action.Tariff(sel(importer), sel(exporter), sel(product), change,
                Optional.of(LocalDate.parse(until)));
    }

    public static Selector sel(String code) {
        return code.equals("*") ? Selector.all() : Selector.of(code);
    }
}
