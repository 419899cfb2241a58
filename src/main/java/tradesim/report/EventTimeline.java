package tradesim.report;

import java.time.LocalDate;
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
import tradesim.model.Horizon;
import tradesim.model.Outcome;
import tradesim.results.FlowRow;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;
import tradesim.wording.ActionWords;

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
    private final RunDigest digest;
    private final ActionWords words;
    private final TakenPath path;
    private final Horizon horizon;

    EventTimeline(RunDigest digest) {
        this.run = digest.run();
        this.digest = digest;
        this.words = new ActionWords(new FlowNames(run.dataset()));
        this.path = TakenPath.parse(run.pathLabel());
        this.horizon = run.scenario().horizon();
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

    /**
     * The lines for one action. A tariff on this path shows the rate before and after on each flow it
     * touches; everything else, and any action off this path, is its sentence.
     */
    private List<String> describe(Action a, LocalDate date, boolean reached) {
        return reached && a instanceof Action.Tariff t ? tariffRates(t, date) : List.of(words.sentence(a));
    }

    /** The rate in the period before the tariff applies and in the first period it does, flow by flow. */
    private List<String> tariffRates(Action.Tariff t, LocalDate date) {
        List<FlowKey> hit = digest.flows().stream().filter(t::covers).toList();
        if (hit.isEmpty()) return List.of(words.sentence(t));
        int start = horizon.firstPeriodOnOrAfter(date);
        List<String> lines = new ArrayList<>();
        for (FlowKey k : hit.subList(0, Math.min(hit.size(), MAX_FLOWS_PER_ACTION))) {
            List<FlowRow> rows = digest.rowsOf(k);
            String before = start == 0 ? "base" : ReportNumbers.rate(rows.get(start - 1).tariffPct());
            String after = start < rows.size() ? ReportNumbers.rate(rows.get(start).tariffPct()) : "after the horizon";
            lines.add(words.rateOnFlow(k, before, after) + words.laterSteps(t.change()) + words.until(t));
        }
        if (hit.size() > MAX_FLOWS_PER_ACTION) {
            lines.add(ActionWords.moreFlows(hit.size() - MAX_FLOWS_PER_ACTION) + ": " + words.change(t.change()));
        }
        return lines;
    }
}
