package tradesim.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import tradesim.model.Event;
import tradesim.model.FlowKey;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterTable;
import tradesim.model.Scenario;
import tradesim.scenario.LoadedScenario;

/**
 * The page's sliders for one scenario: the elasticities of its headline markets and exporters, and a
 * tariff per headline flow.
 *
 * <p>Ranges: σ, ε and η run from half to twice the value in force (the dataset's, or the scenario's
 * override), the span the bundled dataset's METHODS.md gives for its Monte Carlo ranges; a
 * half-life from 0 to the larger of 36 months and twice its value. A tariff slider runs from 0 to
 * the larger of 100% and twice the flow's base rate, and sets the rate from a date the page shows
 * (the first branch event, else the first event, else the horizon's start) by an added event.
 */
final class Controls {

    private Controls() {
    }

    static ObjectNode of(ScenarioCatalog.Entry entry, List<FlowKey> headline) {
        LoadedScenario ls = entry.loaded();
        Scenario s = ls.scenario();
        ParameterTable table = new ParameterTable(ls.dataset().parameters()).withOverrides(s.parameters());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("scenario", s.name());
        ArrayNode sliders = out.putArray("parameters");
        Set<List<String>> markets = new LinkedHashSet<>();
        Set<List<String>> exporters = new LinkedHashSet<>();
        for (FlowKey k : headline) {
            markets.add(List.of(k.product(), k.importer(), k.exporter()));
            exporters.add(List.of(k.product(), k.exporter()));
        }
        Set<List<String>> seenMarkets = new LinkedHashSet<>();
        for (List<String> m : markets) {
            String product = m.get(0);
            String importer = m.get(1);
            if (!seenMarkets.add(List.of(product, importer))) continue;
            slider(sliders, ParameterKind.SUBSTITUTION, "σ", product, importer, "*",
                    table.substitution(product, importer));
            slider(sliders, ParameterKind.DEMAND, "ε", product, importer, "*", table.demand(product, importer));
            slider(sliders, ParameterKind.HALF_LIFE, "half-life", product, importer, "*",
                    table.halfLife(product, importer, m.get(2)));
        }
        for (List<String> e : exporters) {
            slider(sliders, ParameterKind.SUPPLY, "η", e.get(0), "*", e.get(1), table.supply(e.get(0), e.get(1)));
        }
        LocalDate date = tariffDate(s);
        out.put("tariff_date", date.toString());
        ArrayNode tariffs = out.putArray("tariffs");
        for (FlowKey k : headline) {
            double base = ls.dataset().lawRatePct(k, s.horizon().start().atDay(1));
            tariffs.addObject().put("importer", k.importer()).put("exporter", k.exporter()).put("product", k.product())
                    .put("base_rate", base).put("min", 0).put("max", Math.max(100, Math.ceil(2 * base)));
        }
        return out;
    }

    private static void slider(ArrayNode out, ParameterKind kind, String symbol, String product, String importer,
                               String exporter, OptionalDouble value) {
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) return; // η = inf: a price taker, no slider
        double v = value.getAsDouble();
        double lo;
        double hi;
        if (kind == ParameterKind.HALF_LIFE) {
            lo = 0;
            hi = Math.max(36, 2 * v);
        } else if (kind == ParameterKind.DEMAND) {
            lo = v == 0 ? -2 : 2 * v;
            hi = v == 0 ? 0 : v / 2;
        } else {
            lo = v / 2;
            hi = 2 * v;
        }
        ObjectNode o = out.addObject();
        o.put("key", kind.key()).put("symbol", symbol).put("product", product);
        ObjectNode override = JsonNodeFactory.instance.objectNode().put("product", product);
        if (!importer.equals("*")) {
            o.put("importer", importer);
            override.put("importer", importer);
        }
        if (!exporter.equals("*")) {
            o.put("exporter", exporter);
            override.put("exporter", exporter);
        }
        o.put("value", v).put("min", lo).put("max", hi);
        o.set("override", override);
    }

    private static LocalDate tariffDate(Scenario s) {
        List<Event> events = new ArrayList<>(s.orderedEvents());
        return events.stream().filter(Event::isBranch).map(Event::date).findFirst()
                .or(() -> events.stream().map(Event::date).findFirst())
                .orElse(s.horizon().start().atDay(1));
    }
}
