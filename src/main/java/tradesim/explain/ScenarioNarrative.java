package tradesim.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.timeline.BaseTariffs;
import tradesim.engine.timeline.PolicyTimeline;
import tradesim.model.Action;
import tradesim.model.Dataset;
import tradesim.model.Event;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.Outcome;
import tradesim.model.Scenario;
import tradesim.wording.ActionWords;
import tradesim.wording.Names;
import tradesim.wording.NumberWords;

/**
 * A scenario told in words for a class: each event in date order, what it does, the tariff in
 * force on the flows it touches once it applies, and the branches with their probabilities.
 */
public final class ScenarioNarrative {

    /** At most this many flows are listed per action; the rest are counted. */
    private static final int MAX_FLOWS = 6;

    private final Scenario scenario;
    private final Dataset dataset;
    private final EventTree tree;
    private final BaseTariffs base;
    /** Codes, as in the scenario file the reader is checking this against. */
    private final ActionWords words = new ActionWords(Names.codes());

    public ScenarioNarrative(Scenario scenario, Dataset dataset) {
        this.scenario = scenario;
        this.dataset = dataset;
        this.tree = new EventTree(scenario);
        this.base = new BaseTariffs(dataset.tariffs());
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(scenario.title() + " (" + scenario.name() + ")");
        out.add(scenario.description().strip());
        out.add("");
        out.add(String.format(Locale.ROOT, "Dataset %s (base year %d), horizon %s to %s by %s, %d %s.",
                dataset.name(), dataset.baseYear(), scenario.horizon().start(), scenario.horizon().end(),
                scenario.horizon().step().key(), tree.countPaths(), tree.countPaths() == 1 ? "path" : "paths"));
        out.add("");
        if (!scenario.baseline().isEmpty() || !dataset.schedules().isEmpty()) {
            out.add("Baseline layer: law in force in both the baseline and the scenario"
                    + (dataset.schedules().isEmpty() ? ":" : " (with the dataset's schedules.csv, "
                    + dataset.schedules().size() + " dated rates):"));
            for (Event e : scenario.orderedBaseline()) {
                out.add("  " + e.date() + "  " + e.label() + "  [" + e.id() + "]");
                for (Action a : e.actions()) out.add("      " + words.sentence(a));
            }
            out.add("");
        }
        for (Event e : scenario.orderedEvents()) {
            out.add(e.date() + "  " + e.label() + "  [" + e.id() + "]");
            if (!e.when().isEmpty()) out.add("    happens only if " + conditions(e.when()));
            for (Action a : e.actions()) describe(a, e, Map.of(), out, "    ");
            for (Outcome o : e.outcomes()) {
                out.add(String.format(Locale.ROOT, "    outcome %s, probability %.3f%s", o.id(), o.probability(),
                        o.actions().isEmpty() ? ": nothing changes" : ":"));
                for (Action a : o.actions()) describe(a, e, Map.of(e.id(), o.id()), out, "      ");
            }
            if (e.actions().isEmpty() && e.outcomes().isEmpty()) out.add("    a marker on the timeline; no policy changes");
        }
        return out;
    }

    private static String conditions(Map<String, String> when) {
        List<String> parts = new ArrayList<>();
        when.forEach((k, v) -> parts.add(k + " = " + v));
        return String.join(" and ", parts);
    }

    /** The action's sentence; a tariff also shows the rates it gives on the flows it touches. */
    private void describe(Action a, Event e, Map<String, String> outcome, List<String> out, String indent) {
        out.add(indent + words.sentence(a));
        if (a instanceof Action.Tariff t) ratesInForce(t, e, outcome, out, indent + "  ");
    }

    /** The rate on each touched flow in the first period the action applies, on a path through it. */
    private void ratesInForce(Action.Tariff t, Event e, Map<String, String> outcome, List<String> out, String indent) {
        Map<String, String> choices = new LinkedHashMap<>(e.when());
        choices.putAll(outcome);
        NegotiationPath path;
        try {
            path = tree.chooseReaching(choices);
        } catch (IllegalArgumentException unreachable) {
            out.add(indent + "(no path reaches this event)");
            return;
        }
        PolicyTimeline timeline = PolicyTimeline.of(scenario, base, dataset.schedules(), path);
        int p = scenario.horizon().firstPeriodOnOrAfter(e.date());
        if (p >= timeline.periods().size()) {
            out.add(indent + "(applies after the horizon ends)");
            return;
        }
        List<String> rates = new ArrayList<>();
        int count = 0;
        for (Flow f : dataset.flows()) {
            FlowKey k = f.key();
            if (!t.covers(k)) continue;
            count++;
            if (rates.size() < MAX_FLOWS) {
                rates.add(words.rateOnFlow(k, NumberWords.rate(base.ratePct(k.importer(), k.exporter(), k.product())),
                        NumberWords.rate(timeline.tariffPct(p, k.importer(), k.exporter(), k.product()))));
            }
        }
        if (count == 0) {
            out.add(indent + "(touches no flow of the dataset)");
            return;
        }
        LocalDate from = timeline.periods().get(p).atDay(1);
        out.add(indent + "in force from " + from + " (base rate → rate then):");
        for (String r : rates) out.add(indent + "  " + r);
        if (count > rates.size()) out.add(indent + "  " + ActionWords.moreFlows(count - rates.size()));
    }
}
