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
import tradesim.model.TariffChange;

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

    private void describe(Action a, Event e, Map<String, String> outcome, List<String> out, String indent) {
        String until = a.until().map(u -> ", until " + u).orElse("");
        if (a instanceof Action.Tariff t) {
            out.add(indent + "tariff on " + t.product() + " from " + t.exporter() + " into " + t.importer() + ": "
                    + words(t.change()) + until);
            ratesInForce(t, e, outcome, out, indent + "  ");
        } else if (a instanceof Action.Purchase p) {
            out.add(String.format(Locale.ROOT, "%spurchase commitment: %s buys at least USD %.0f million a year of %s "
                    + "from %s%s", indent, p.importer(), p.valueUsdM(), p.product(), p.exporter(), until));
        } else if (a instanceof Action.DemandShift d) {
            out.add(String.format(Locale.ROOT, "%sdemand for %s in %s shifts by %+.1f%%%s", indent, d.product(),
                    d.market(), d.percent(), until));
        } else if (a instanceof Action.PriceShift p) {
            out.add(String.format(Locale.ROOT, "%sprices of %s's %s shift by %+.1f%%%s", indent, p.exporter(),
                    p.product(), p.percent(), until));
        }
    }

    private static String words(TariffChange c) {
        if (c instanceof TariffChange.Set s) return String.format(Locale.ROOT, "set to %.1f%%", s.ratePct());
        if (c instanceof TariffChange.Add a) return String.format(Locale.ROOT, "%+.1f points on top", a.points());
        if (c instanceof TariffChange.AtLeast f) return String.format(Locale.ROOT, "at least %.1f%%", f.ratePct());
        if (c instanceof TariffChange.Phase p) {
            return String.format(Locale.ROOT, "cut to %.1f%% in %d equal annual steps", p.toPct(), p.years());
        }
        List<String> steps = new ArrayList<>();
        for (TariffChange.Schedule.Step s : ((TariffChange.Schedule) c).steps()) {
            steps.add(String.format(Locale.ROOT, "%.1f%% from %s", s.ratePct(), s.date()));
        }
        return "schedule " + String.join(", ", steps);
    }

    /** The rate on each touched flow in the first period the action applies, on a path through it. */
    private void ratesInForce(Action.Tariff t, Event e, Map<String, String> outcome, List<String> out, String indent) {
        Map<String, String> choices = new LinkedHashMap<>(e.when());
        choices.putAll(outcome);
        NegotiationPath path;
        try {
            path = tree.choose(choices);
        } catch (IllegalArgumentException unreachable) {
            out.add(indent + "(no path reaches this event)");
            return;
        }
        PolicyTimeline timeline = new PolicyTimeline(scenario, base, path);
        int p = timeline.firstPeriodOnOrAfter(e.date());
        if (p >= timeline.periods().size()) {
            out.add(indent + "(applies after the horizon ends)");
            return;
        }
        List<String> rates = new ArrayList<>();
        int count = 0;
        for (Flow f : dataset.flows()) {
            FlowKey k = f.key();
            if (k.isDomestic() || !t.importer().matches(k.importer()) || !t.exporter().matches(k.exporter())
                    || !t.product().matches(k.product())) {
                continue;
            }
            count++;
            if (rates.size() < MAX_FLOWS) {
                rates.add(String.format(Locale.ROOT, "%s->%s %s %.1f%% -> %.1f%%", k.exporter(), k.importer(),
                        k.product(), base.ratePct(k.importer(), k.exporter(), k.product()),
                        timeline.tariffPct(p, k.importer(), k.exporter(), k.product())));
            }
        }
        if (count == 0) {
            out.add(indent + "(touches no flow of the dataset)");
            return;
        }
        LocalDate from = timeline.periods().get(p).atDay(1);
        out.add(indent + "in force from " + from + " (base -> then): " + String.join("; ", rates)
                + (count > rates.size() ? "; and " + (count - rates.size()) + " more" : ""));
    }
}
