package tradesim.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.chart.FlowNames;
import tradesim.chart.TakenPath;
import tradesim.model.Action;
import tradesim.model.Event;
import tradesim.model.FlowKey;
import tradesim.model.Outcome;
import tradesim.model.Selector;
import tradesim.model.TariffChange;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;

/**
 * The report's table of events: date, label, what happened on this run's path, and what changes.
 * Tariff changes show the rate in force before and after, read from the run's own flows (the rate in
 * the period before the event and in the first period it applies), so the table agrees with the
 * charts and with flows.csv.
 */
final class EventTimeline {

    /** A wildcard can touch dozens of flows; the rest are summarised in one line. */
    static final int MAX_FLOWS_PER_ACTION = 6;

    private final RunResult run;
    private final FlowNames names;
    private final TakenPath path;
    private final Map<FlowKey, List<FlowRow>> byFlow = new LinkedHashMap<>();
    private final List<YearMonth> periods;

    EventTimeline(RunResult run) {
        this.run = run;
        this.names = new FlowNames(run.dataset());
        this.path = TakenPath.parse(run.pathLabel());
        for (FlowRow r : run.flows()) byFlow.computeIfAbsent(r.flow(), k -> new ArrayList<>()).add(r);
        this.periods = run.scenario().horizon().periods();
    }

    /** One map per event in date order: date, label, status, onPath, changes (list of {text}). */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Event e : run.scenario().orderedEvents()) {
            boolean reached = path.reached(e);
            Optional<Outcome> taken = path.outcome(e);
            List<Action> actions = new ArrayList<>(e.actions());
            taken.ifPresent(o -> actions.addAll(o.actions()));
            List<Map<String, Object>> changes = new ArrayList<>();
            for (Action a : actions) {
                for (String line : describe(a, e.date(), reached)) changes.add(Map.of("text", line));
            }
            if (!reached) {
                for (Outcome o : e.outcomes()) {
                    for (Action a : o.actions()) {
                        for (String line : describe(a, e.date(), false)) {
                            changes.add(Map.of("text", "if " + o.id() + ": " + line));
                        }
                    }
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", e.date().toString());
            row.put("label", e.label());
            row.put("status", status(e, reached, taken));
            row.put("onPath", reached);
            row.put("changes", changes);
            row.put("hasChanges", !changes.isEmpty());
            out.add(row);
        }
        return out;
    }

    private String status(Event e, boolean reached, Optional<Outcome> taken) {
        if (!reached) {
            List<String> needs = new ArrayList<>();
            e.when().forEach((ev, o) -> needs.add(ev + " = " + o));
            return "Does not happen on this path (it needs " + String.join(" and ", needs) + ")";
        }
        if (!e.isBranch()) return "Happens";
        if (taken.isEmpty()) return "Branch point; no outcome recorded for this path";
        Outcome o = taken.get();
        List<String> others = new ArrayList<>();
        for (Outcome x : e.outcomes()) {
            if (!x.id().equals(o.id())) others.add(x.id() + " (" + ReportNumbers.plain(x.probability()) + ")");
        }
        String s = "Outcome taken: " + o.id() + " (probability " + ReportNumbers.plain(o.probability()) + ")";
        return others.isEmpty() ? s : s + "; not taken: " + String.join(", ", others);
    }

    private List<String> describe(Action a, LocalDate date, boolean reached) {
        String until = a.until().map(u -> ", until " + u).orElse("");
        if (a instanceof Action.Tariff t) {
            List<String> lines = new ArrayList<>();
            List<FlowKey> hit = byFlow.keySet().stream().filter(k -> !k.isDomestic()
                    && t.importer().matches(k.importer()) && t.exporter().matches(k.exporter())
                    && t.product().matches(k.product())).toList();
            if (!reached || hit.isEmpty()) {
                lines.add("Tariff on " + selection(t) + ": " + words(t.change()) + until);
                return lines;
            }
            int start = firstPeriodOnOrAfter(date);
            for (FlowKey k : hit.subList(0, Math.min(hit.size(), MAX_FLOWS_PER_ACTION))) {
                List<FlowRow> rows = byFlow.get(k);
                String before = start == 0 ? "base" : ReportNumbers.rate(rows.get(start - 1).tariffPct());
                String after = start < rows.size() ? ReportNumbers.rate(rows.get(start).tariffPct()) : "after the horizon";
                String tail = t.change() instanceof TariffChange.Phase p
                        ? " (first of " + p.years() + " yearly cuts to " + ReportNumbers.rate(p.toPct()) + ")"
                        : t.change() instanceof TariffChange.Schedule ? " (first step of a schedule)" : "";
                lines.add(names.flow(k) + ": " + before + " → " + after + tail + until);
            }
            if (hit.size() > MAX_FLOWS_PER_ACTION) {
                lines.add("and " + (hit.size() - MAX_FLOWS_PER_ACTION) + " more flows: " + words(t.change()));
            }
            return lines;
        }
        if (a instanceof Action.Purchase p) {
            return List.of("Purchase commitment: " + countries(p.importer()) + " buys at least USD "
                    + ReportNumbers.usd(p.valueUsdM()) + " million a year of " + products(p.product()) + " from "
                    + countries(p.exporter()) + until);
        }
        if (a instanceof Action.DemandShift d) {
            return List.of("Demand for " + products(d.product()) + " in " + countries(d.market()) + " shifts by "
                    + ReportNumbers.changePct(d.percent()) + until);
        }
        Action.PriceShift ps = (Action.PriceShift) a;
        return List.of("Price of " + products(ps.product()) + " from " + countries(ps.exporter()) + " shifts by "
                + ReportNumbers.changePct(ps.percent()) + " in every market" + until);
    }

    private String selection(Action.Tariff t) {
        return products(t.product()) + " from " + countries(t.exporter()) + " into " + countries(t.importer());
    }

    /** "United States", "Australia and Canada", or "every country" for a wildcard. */
    private String countries(Selector s) {
        return s.isWildcard() ? "every country" : join(s.codes().stream().map(names::country).toList());
    }

    private String products(Selector s) {
        return s.isWildcard() ? "every product" : join(s.codes().stream().map(names::product).toList());
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The change in words, for events off this path where no rates were computed. */
    static String words(TariffChange c) {
        if (c instanceof TariffChange.Set s) return "set to " + ReportNumbers.rate(s.ratePct());
        if (c instanceof TariffChange.Add a) return ReportNumbers.signed(a.points()) + " points on top of the rate in force";
        if (c instanceof TariffChange.AtLeast f) return "at least " + ReportNumbers.rate(f.ratePct());
        if (c instanceof TariffChange.Phase p) {
            return "cut to " + ReportNumbers.rate(p.toPct()) + " in " + p.years() + " equal yearly steps";
        }
        List<String> steps = new ArrayList<>();
        for (TariffChange.Schedule.Step s : ((TariffChange.Schedule) c).steps()) {
            steps.add(s.date() + " " + ReportNumbers.rate(s.ratePct()));
        }
        return "schedule " + String.join(", ", steps);
    }

    private int firstPeriodOnOrAfter(LocalDate date) {
        for (int i = 0; i < periods.size(); i++) {
            if (!periods.get(i).atDay(1).isBefore(date)) return i;
        }
        return periods.size();
    }
}
