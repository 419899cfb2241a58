package tradesim.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import tradesim.model.Action;
import tradesim.model.Event;
import tradesim.model.Horizon;
import tradesim.model.Outcome;
import tradesim.input.NumberText;
import tradesim.input.Spelling;
import tradesim.input.YamlMap;
import tradesim.input.YamlNode;

/**
 * Reads the {@code events} list: ids, dates inside the horizon, outcomes whose probabilities sum
 * to 1, and {@code when} conditions that may only name outcomes of earlier events (date order,
 * then file order: the order in which the event tree is walked).
 */
final class EventReader {

    static final List<String> EVENT_KEYS = List.of("id", "date", "label", "short", "when", "outcomes", "actions");
    /** A baseline event is law both worlds share: it has no outcomes and depends on no outcome. */
    static final List<String> BASELINE_KEYS = List.of("id", "date", "label", "short", "actions");
    private static final List<String> OUTCOME_KEYS = List.of("id", "probability", "actions");
    /** Ids appear in --path id=outcome and in paths.csv, joined with '=' and ';'. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final double PROBABILITY_TOLERANCE = 1e-9;
    /** A {@code short:} label is for a chart's key, two to a line at 1200 pixels. */
    static final int MAX_SHORT_LABEL = 60;

    /** What one event said, kept until every event is known so that {@code when} can be checked. */
    private record Draft(int index, YamlNode node, String id, LocalDate date, String label,
                         Optional<String> shortLabel, YamlMap when, List<Outcome> outcomes, List<String> outcomeIds, List<Action> actions,
                         boolean ok) {
    }

    private final ActionReader actions;
    private final Horizon horizon;
    private final boolean baseline;
    private final java.util.Set<String> baselineIds;

    /**
     * @param horizon  null when the horizon itself is bad, so dates are not checked against it
     * @param baseline    true for the {@code baseline:} list, whose events have no outcomes or {@code when}
     * @param baselineIds ids of the baseline events, which scenario events may not reuse
     */
    EventReader(ActionReader actions, Horizon horizon, boolean baseline, java.util.Set<String> baselineIds) {
        this.actions = actions;
        this.horizon = horizon;
        this.baseline = baseline;
        this.baselineIds = baselineIds;
    }

    Optional<List<Event>> read(YamlNode node) {
        Optional<List<YamlNode>> items = node.list(baseline ? "baseline" : "events");
        if (items.isEmpty()) return Optional.empty();
        List<Draft> drafts = new ArrayList<>();
        Map<String, Draft> byId = new HashMap<>();
        boolean ok = true;
        for (YamlNode item : items.get()) {
            Optional<Draft> d = draft(item, drafts.size());
            if (d.isEmpty()) {
                ok = false;
                continue;
            }
            Draft draft = d.get();
            if (draft.id() != null && baselineIds.contains(draft.id())) {
                draft.node().report("event id '" + draft.id() + "' is also a baseline event's id (expected ids "
                        + "unique across baseline and events)");
                ok = false;
            } else if (draft.id() != null) {
                Draft first = byId.putIfAbsent(draft.id(), draft);
                if (first != null) {
                    draft.node().report("duplicate " + (baseline ? "baseline " : "") + "event id '" + draft.id()
                            + "' (first at line "
                            + first.node().line() + ")");
                    ok = false;
                }
            }
            drafts.add(draft);
            ok &= draft.ok();
        }
        for (Draft d : drafts) ok &= checkWhen(d, byId);
        if (!ok) return Optional.empty();
        List<Event> events = new ArrayList<>();
        for (Draft d : drafts) {
            Map<String, String> when = new LinkedHashMap<>();
            if (d.when() != null) d.when().entries().forEach((k, v) -> when.put(k, v.rawText()));
            events.add(new Event(d.id(), d.date(), d.label(), when, d.outcomes(), d.actions(), d.shortLabel()));
        }
        return Optional.of(events);
    }

    private Optional<Draft> draft(YamlNode item, int index) {
        Optional<YamlMap> map = baseline ? item.map("a baseline event", BASELINE_KEYS)
                : item.map("an event", EVENT_KEYS);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        boolean ok = true;
        Optional<String> id = m.require("id", "an event").flatMap(n -> id(n, "event id"));
        ok &= id.isPresent();
        Optional<YamlNode> dateNode = m.require("date", "event " + id.orElse("without an id"));
        Optional<LocalDate> date = dateNode.flatMap(n -> DateText.date(n, "date"));
        if (date.isPresent() && horizon != null) {
            LocalDate first = horizon.start().atDay(1);
            LocalDate last = horizon.end().atEndOfMonth();
            if (date.get().isBefore(first) || date.get().isAfter(last)) {
                dateNode.get().report("event date is outside the horizon (found " + date.get() + ", expected "
                        + first + " to " + last + ")");
                ok = false;
            }
        }
        ok &= date.isPresent();
        String label = m.get("label").flatMap(n -> n.text("label")).orElse(id.orElse(""));
        Optional<String> shortLabel = Optional.empty();
        if (m.get("short").isPresent()) {
            shortLabel = shortLabel(m.get("short").get());
            ok &= shortLabel.isPresent();
        }
        YamlMap when = null;
        if (m.get("when").isPresent()) {
            Optional<YamlMap> w = m.get("when").get().openMap("when");
            ok &= w.isPresent();
            when = w.orElse(null);
        }
        LocalDate at = date.orElse(null);
        List<Outcome> outcomes = new ArrayList<>();
        List<String> outcomeIds = new ArrayList<>();
        if (m.get("outcomes").isPresent()) {
            ok &= outcomes(m.get("outcomes").get(), m.keyNode("outcomes").orElseThrow(), id.orElse("?"), at,
                    outcomes, outcomeIds);
        }
        List<Action> own = new ArrayList<>();
        if (m.get("actions").isPresent()) {
            Optional<List<Action>> a = actions.read(m.get("actions").get(), at);
            ok &= a.isPresent();
            a.ifPresent(own::addAll);
        }
        return Optional.of(new Draft(index, item, id.orElse(null), at, label, shortLabel, when, outcomes, outcomeIds, own, ok));
    }

    private boolean outcomes(YamlNode node, YamlNode keyNode, String eventId, LocalDate date, List<Outcome> out,
                             List<String> ids) {
        Optional<List<YamlNode>> items = node.list("outcomes");
        if (items.isEmpty()) return false;
        if (items.get().isEmpty()) {
            node.report("outcomes is empty (found [], expected at least one outcome with a probability)");
            return false;
        }
        boolean ok = true;
        boolean allProbabilities = true;
        BigDecimal exactSum = BigDecimal.ZERO;
        double sum = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : items.get()) {
            Optional<YamlMap> m = item.map("an outcome", OUTCOME_KEYS);
            if (m.isEmpty()) {
                ok = false;
                allProbabilities = false;
                continue;
            }
            Optional<String> id = m.get().require("id", "an outcome").flatMap(n -> id(n, "outcome id"));
            if (id.isPresent()) {
                Integer first = seen.putIfAbsent(id.get(), item.line());
                if (first != null) {
                    m.get().get("id").orElseThrow().report("duplicate outcome id '" + id.get() + "' in event '"
                            + eventId + "' (first at line " + first + ")");
                    id = Optional.empty();
                } else {
                    ids.add(id.get());
                }
            }
            Optional<Double> p = m.get().require("probability", "outcome " + id.orElse("without an id"))
                    .flatMap(EventReader::probability);
            if (p.isPresent()) {
                sum += p.get();
                exactSum = exactSum.add(new BigDecimal(m.get().get("probability").orElseThrow().rawText().strip()));
            } else {
                allProbabilities = false;
            }
            List<Action> acts = new ArrayList<>();
            if (m.get().get("actions").isPresent()) {
                Optional<List<Action>> a = actions.read(m.get().get("actions").get(), date);
                a.ifPresent(acts::addAll);
                ok &= a.isPresent();
            }
            if (id.isPresent() && p.isPresent()) {
                out.add(new Outcome(id.get(), p.get(), acts));
            } else {
                ok = false;
            }
        }
        if (allProbabilities && Math.abs(sum - 1) > PROBABILITY_TOLERANCE) {
            keyNode.report("outcome probabilities of event '" + eventId + "' sum to "
                    + exactSum.stripTrailingZeros().toPlainString() + " (found " + NumberText.format(sum)
                    + ", expected 1 within 1e-9)");
            ok = false;
        }
        return ok;
    }

    private static Optional<Double> probability(YamlNode n) {
        OptionalDouble v = n.number("probability");
        if (v.isEmpty()) return Optional.empty();
        if (!(v.getAsDouble() >= 0 && v.getAsDouble() <= 1)) {
            n.report("probability must be from 0 to 1 (found " + n.found() + ", expected a number from 0 to 1)");
            return Optional.empty();
        }
        return Optional.of(v.getAsDouble());
    }

    private static Optional<String> shortLabel(YamlNode n) {
        Optional<String> v = n.text("short").map(String::strip);
        if (v.isPresent() && v.get().length() > MAX_SHORT_LABEL) {
            n.report("short is too long (found " + v.get().length() + " characters, expected at most "
                    + MAX_SHORT_LABEL + ": a shorter wording of the label for charts)");
            return Optional.empty();
        }
        return v;
    }

    private static Optional<String> id(YamlNode n, String what) {
        Optional<String> v = n.text(what);
        if (v.isPresent() && v.get().length() > ScenarioLoader.MAX_ID_LENGTH) {
            n.report(what + " is too long (found " + v.get().length() + " characters, expected at most "
                    + ScenarioLoader.MAX_ID_LENGTH + ")");
            return Optional.empty();
        }
        if (v.isPresent() && !ID.matcher(v.get()).matches()) {
            n.report(what + " must be letters, digits, '_', '.' or '-' (found " + n.found()
                    + ", expected an id such as s232)");
            return Optional.empty();
        }
        return v;
    }

    /** Every condition names an earlier event and one of its outcomes. */
    private static boolean checkWhen(Draft d, Map<String, Draft> byId) {
        if (d.when() == null) return true;
        boolean ok = true;
        Comparator<Draft> order = Comparator.comparing(Draft::date).thenComparingInt(Draft::index);
        for (Map.Entry<String, YamlNode> c : d.when().entries().entrySet()) {
            YamlNode key = d.when().keyNode(c.getKey()).orElseThrow();
            Draft other = byId.get(c.getKey());
            if (other == null) {
                List<String> known = byId.keySet().stream().sorted().toList();
                key.report("unknown event '" + Spelling.shown(c.getKey()) + "' in when" + Spelling.hint(c.getKey(), known));
                ok = false;
                continue;
            }
            if (other.date() != null && d.date() != null && order.compare(other, d) >= 0) {
                key.report("when names event '" + other.id() + "' that is not earlier than '" + d.id()
                        + "' (found " + other.date() + ", expected an event before " + d.date()
                        + ", or on that date and earlier in the file)");
                ok = false;
                continue;
            }
            Optional<String> outcome = c.getValue().text("the outcome of " + c.getKey());
            if (outcome.isEmpty()) {
                ok = false;
                continue;
            }
            if (other.outcomeIds().isEmpty()) {
                c.getValue().report("event '" + other.id() + "' has no outcomes (found when " + other.id() + ": "
                        + outcome.get() + ", expected an event with outcomes)");
                ok = false;
            } else if (!other.outcomeIds().contains(outcome.get())) {
                String hint = Spelling.hint(outcome.get(), other.outcomeIds());
                c.getValue().report("unknown outcome '" + Spelling.shown(outcome.get()) + "' of event '" + other.id() + "'"
                        + (hint.isEmpty() ? " (expected one of: " + String.join(", ", other.outcomeIds()) + ")"
                        : hint));
                ok = false;
            }
        }
        return ok;
    }
}
