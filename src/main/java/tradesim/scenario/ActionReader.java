package tradesim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import tradesim.model.Action;
import tradesim.model.RateRange;
import tradesim.model.FlowKey;
import tradesim.model.Selector;
import tradesim.model.TariffChange;
import tradesim.scenario.DatasetIds.Kind;
import tradesim.input.NumberText;
import tradesim.input.YamlMap;
import tradesim.input.YamlNode;

/**
 * Reads an {@code actions} list (docs/model.md, The scenario file): {@code tariff} with exactly one of
 * set, add, at_least, schedule or phase; {@code purchase}; {@code demand_shift}; {@code price_shift};
 * {@code safeguard} and {@code trq} (read by {@link QuantityActionReader}); any of them with
 * {@code until}, written beside the kind or inside its mapping.
 */
final class ActionReader {

    static final List<String> KINDS = List.of("tariff", "purchase", "demand_shift", "price_shift", "safeguard",
            "trq");
    static final List<String> OPERATIONS = List.of("set", "add", "at_least", "schedule", "phase");
    private static final List<String> ACTION_KEYS = List.of("tariff", "purchase", "demand_shift", "price_shift",
            "safeguard", "trq", "set", "add", "at_least", "schedule", "phase", "until");
    private static final List<String> TARIFF_KEYS = List.of("importer", "exporter", "product");
    private static final List<String> PURCHASE_KEYS = List.of("importer", "exporter", "product", "value_usd_m",
            "until");
    private static final List<String> DEMAND_KEYS = List.of("market", "product", "percent", "until");
    private static final List<String> PRICE_KEYS = List.of("exporter", "product", "percent", "until");
    /** Longest phase-in; real agreements phase over up to about twenty years (TPP beef: 16). */
    static final int MAX_PHASE_YEARS = 100;
    /**
     * Largest demand or price shift in percent, the bound rates have too. A shift of 1e300 % is
     * a typo, and its factor overflowed the equilibrium to NaN.
     */
    static final double MAX_SHIFT_PCT = RateRange.MAX_PCT;

    private final DatasetIds ids;
    private final QuantityActionReader quantity;

    /** @param constraintIds the safeguard and quota ids met so far in the file, with their lines */
    ActionReader(DatasetIds ids, java.util.Map<String, Integer> constraintIds) {
        this.ids = ids;
        this.quantity = new QuantityActionReader(this, ids, constraintIds);
    }

    /** The actions of an event or outcome dated {@code date} (null when the date itself is bad). */
    Optional<List<Action>> read(YamlNode listNode, LocalDate date) {
        Optional<List<YamlNode>> items = listNode.list("actions");
        if (items.isEmpty()) return Optional.empty();
        List<Action> out = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : items.get()) {
            Optional<Action> a = action(item, date);
            ok &= a.isPresent();
            a.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private Optional<Action> action(YamlNode item, LocalDate date) {
        Optional<YamlMap> map = item.map("an action", ACTION_KEYS);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        List<String> kinds = m.keys().stream().filter(KINDS::contains).toList();
        if (kinds.isEmpty()) {
            item.report("an action needs one of " + String.join(", ", KINDS) + " (found "
                    + (m.keys().isEmpty() ? "none" : "only " + String.join(", ", m.keys())) + ")");
            return Optional.empty();
        }
        if (kinds.size() > 1) {
            m.keyNode(kinds.get(1)).orElseThrow().report("an action has two kinds '" + kinds.get(0) + "' and '"
                    + kinds.get(1) + "' (expected exactly one; write a second action for the second)");
            return Optional.empty();
        }
        String kind = kinds.get(0);
        YamlNode body = m.raw(kind).orElseThrow();
        if (kind.equals("tariff")) return tariff(m, body, date);
        boolean ok = true;
        for (String op : m.keys().stream().filter(OPERATIONS::contains).toList()) {
            m.keyNode(op).orElseThrow().report("'" + op + "' belongs to a tariff action (found it on a " + kind
                    + " action)");
            ok = false;
        }
        Optional<Action> action = switch (kind) {
            case "purchase" -> purchase(m, body, date);
            case "safeguard" -> quantity.safeguard(m, body, date);
            case "trq" -> quantity.trq(m, body, date);
            case "demand_shift" -> shift(m, body, date, "demand_shift", DEMAND_KEYS, "market", Action.DemandShift::new);
            case "price_shift" -> shift(m, body, date, "price_shift", PRICE_KEYS, "exporter", Action.PriceShift::new);
            // KINDS lists a kind this switch does not read: a new kind half added, not a user's mistake.
            default -> throw new IllegalStateException("no reader for action kind " + kind);
        };
        return ok ? action : Optional.empty();
    }

    private Optional<Action> tariff(YamlMap m, YamlNode body, LocalDate date) {
        Optional<YamlMap> sel = body.map("tariff", TARIFF_KEYS);
        Optional<Selector> importer = selector(sel, "importer", "tariff", Kind.COUNTRY);
        Optional<Selector> exporter = selector(sel, "exporter", "tariff", Kind.COUNTRY);
        Optional<Selector> product = selector(sel, "product", "tariff", Kind.PRODUCT);
        Optional<Optional<LocalDate>> until = until(m.get("until"), Optional.empty(), date);
        List<String> ops = m.keys().stream().filter(OPERATIONS::contains).toList();
        Optional<TariffChange> change = Optional.empty();
        if (ops.isEmpty()) {
            m.node().report("a tariff action needs one operation (found none, expected one of "
                    + String.join(", ", OPERATIONS) + ")");
        } else if (ops.size() > 1) {
            m.keyNode(ops.get(1)).orElseThrow().report("a tariff action has two operations '" + ops.get(0)
                    + "' and '" + ops.get(1) + "' (expected exactly one)");
        } else {
            change = change(ops.get(0), m.raw(ops.get(0)).orElseThrow(), date);
        }
        if (importer.isEmpty() || exporter.isEmpty() || product.isEmpty() || change.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Action.Tariff(importer.get(), exporter.get(), product.get(), change.get(),
                until.get()));
    }

    private Optional<TariffChange> change(String op, YamlNode value, LocalDate date) {
        return switch (op) {
            case "set" -> rate(value, "set").map(TariffChange.Set::new);
            case "at_least" -> rate(value, "at_least").map(TariffChange.AtLeast::new);
            case "add" -> points(value).map(TariffChange.Add::new);
            case "schedule" -> schedule(value, date);
            case "phase" -> phase(value);
            default -> throw new IllegalStateException("no reader for tariff operation " + op);
        };
    }

    /** A rate in percent from 0 to 1000. */
    static Optional<Double> rate(YamlNode node, String what) {
        OptionalDouble v = node.number(what);
        if (v.isEmpty()) return Optional.empty();
        Optional<String> problem = RateRange.problem(what, v.getAsDouble(), node.found());
        problem.ifPresent(node::report);
        return problem.isPresent() ? Optional.empty() : Optional.of(v.getAsDouble());
    }

    private static Optional<Double> points(YamlNode node) {
        OptionalDouble v = node.number("add");
        if (v.isEmpty()) return Optional.empty();
        double p = v.getAsDouble();
        if (!Double.isFinite(p) || Math.abs(p) > RateRange.MAX_PCT) {
            node.report("add is out of range (found " + node.found()
                    + ", expected percentage points from -1000 to 1000)");
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static Optional<TariffChange> schedule(YamlNode node, LocalDate date) {
        Optional<List<YamlNode>> items = node.list("schedule");
        if (items.isEmpty()) return Optional.empty();
        if (items.get().isEmpty()) {
            node.report("schedule is empty (found [], expected a list of {date, rate})");
            return Optional.empty();
        }
        List<TariffChange.Schedule.Step> steps = new ArrayList<>();
        boolean ok = true;
        LocalDate previous = null;
        for (YamlNode item : items.get()) {
            Optional<YamlMap> step = item.map("a schedule step", List.of("date", "rate"));
            Optional<YamlNode> dateNode = step.flatMap(s -> s.require("date", "a schedule step"));
            Optional<LocalDate> d = dateNode.flatMap(n -> DateText.date(n, "schedule date"));
            Optional<Double> r = step.flatMap(s -> s.require("rate", "a schedule step")).flatMap(n -> rate(n, "rate"));
            if (d.isPresent() && date != null && d.get().isBefore(date)) {
                dateNode.get().report("schedule date is before the event date (found " + d.get()
                        + ", expected " + date + " or later)");
                d = Optional.empty();
            } else if (d.isPresent() && previous != null && !d.get().isAfter(previous)) {
                dateNode.get().report("schedule dates must increase (found " + d.get() + " after " + previous
                        + ", expected a date after " + previous + ")");
                d = Optional.empty();
            }
            if (d.isPresent()) previous = d.get();
            if (d.isEmpty() || r.isEmpty()) {
                ok = false;
                continue;
            }
            steps.add(new TariffChange.Schedule.Step(d.get(), r.get()));
        }
        return ok ? Optional.of(new TariffChange.Schedule(steps)) : Optional.empty();
    }

    private static Optional<TariffChange> phase(YamlNode node) {
        Optional<YamlMap> m = node.map("phase", List.of("to", "years"));
        Optional<Double> to = m.flatMap(x -> x.require("to", "phase")).flatMap(n -> rate(n, "phase.to"));
        Optional<YamlNode> yearsNode = m.flatMap(x -> x.require("years", "phase"));
        Optional<Integer> years = Optional.empty();
        if (yearsNode.isPresent()) {
            YamlNode y = yearsNode.get();
            String raw = y.rawText();
            if (raw != null && raw.strip().matches("[-+]?\\d{1,9}")) {
                int n = Integer.parseInt(raw.strip());
                if (n > MAX_PHASE_YEARS) {
                    // each cut is a date to place on the horizon: a billion of them never finish
                    y.report("phase.years is too large (found " + y.found() + ", expected a whole number from 1 to "
                            + MAX_PHASE_YEARS + ")");
                } else if (n > 0) {
                    years = Optional.of(n);
                } else {
                    y.report("phase.years must be positive (found " + y.found() + ", expected a whole number >= 1)");
                }
            } else {
                y.report("phase.years must be a whole number of years (found " + y.found()
                        + ", expected a whole number >= 1)");
            }
        }
        if (to.isEmpty() || years.isEmpty()) return Optional.empty();
        return Optional.of(new TariffChange.Phase(to.get(), years.get()));
    }

    private Optional<Action> purchase(YamlMap outer, YamlNode body, LocalDate date) {
        Optional<YamlMap> m = body.map("purchase", PURCHASE_KEYS);
        Optional<Selector> importer = selector(m, "importer", "purchase", Kind.COUNTRY);
        Optional<Selector> exporter = selector(m, "exporter", "purchase", Kind.COUNTRY);
        Optional<Selector> product = selector(m, "product", "purchase", Kind.PRODUCT);
        Optional<Double> value = m.flatMap(s -> s.require("value_usd_m", "purchase")).flatMap(n -> {
            OptionalDouble v = n.number("value_usd_m");
            if (v.isPresent() && !(Double.isFinite(v.getAsDouble()) && v.getAsDouble() >= 0)) {
                n.report("value_usd_m is out of range (found " + n.found() + ", expected a finite value >= 0)");
                return Optional.empty();
            }
            return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
        });
        Optional<Optional<LocalDate>> until = until(outer.get("until"), m.flatMap(x -> x.get("until")), date);
        if (importer.isEmpty() || exporter.isEmpty() || product.isEmpty() || value.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        List<tradesim.model.FlowKey> untraded = value.get() > 0
                ? ids.untraded(importer.get(), exporter.get(), product.get()) : List.of();
        if (!untraded.isEmpty()) {
            // A calibrated CES nest keeps a flow with no base trade at zero, so a floor on it can
            // never be met: every run through this action would fail. Say so before running.
            body.report("purchase names " + (untraded.size() == 1 ? "a flow" : untraded.size() + " flows")
                    + " with no base-year trade, which no import subsidy can lift (found " + untraded.get(0)
                    + (untraded.size() > 1 ? " and " + (untraded.size() - 1) + " more" : "")
                    + ", expected flows listed in flows.csv)");
            return Optional.empty();
        }
        return Optional.of(new Action.Purchase(importer.get(), exporter.get(), product.get(), value.get(),
                until.get()));
    }

    /** The selector under {@code key} of an action's map, reported where it is missing or names an unknown id. */
    Optional<Selector> selector(Optional<YamlMap> action, String key, String actionKind, Kind kind) {
        return action.flatMap(a -> a.require(key, actionKind)).flatMap(n -> ids.selector(n, kind, key));
    }

    /** How a shift action is built once its selectors, percent and until are read. */
    @FunctionalInterface
    private interface ShiftAction {
        Action of(Selector who, Selector product, double percent, Optional<LocalDate> until);
    }

    /**
     * A {@code demand_shift} (who = market) or {@code price_shift} (who = exporter): both are a
     * country selector, a product selector and a percent.
     */
    private Optional<Action> shift(YamlMap outer, YamlNode body, LocalDate date, String kind, List<String> keys,
                                   String who, ShiftAction build) {
        Optional<YamlMap> m = body.map(kind, keys);
        Optional<Selector> country = selector(m, who, kind, Kind.COUNTRY);
        Optional<Selector> product = selector(m, "product", kind, Kind.PRODUCT);
        Optional<Double> percent = m.flatMap(s -> s.require("percent", kind)).flatMap(ActionReader::percent);
        Optional<Optional<LocalDate>> until = until(outer.get("until"), m.flatMap(x -> x.get("until")), date);
        if (country.isEmpty() || product.isEmpty() || percent.isEmpty() || until.isEmpty()) return Optional.empty();
        // A shift that selects no traded flow would validate and then do nothing: say so instead.
        boolean market = who.equals("market");
        List<FlowKey> touched = market ? ids.traded(country.get(), Selector.all(), product.get())
                : ids.traded(Selector.all(), country.get(), product.get());
        if (touched.isEmpty() && ids.dataset().isPresent()) {
            body.report(kind + " selects no flow (found " + who + " " + country.get() + ", product " + product.get()
                    + ", expected " + (market ? "a market that imports the product" : "an exporter that sells the product")
                    + " in flows.csv)");
            return Optional.empty();
        }
        return Optional.of(build.of(country.get(), product.get(), percent.get(), until.get()));
    }

    private static Optional<Double> percent(YamlNode n) {
        OptionalDouble v = n.number("percent");
        if (v.isEmpty()) return Optional.empty();
        if (!Double.isFinite(v.getAsDouble()) || v.getAsDouble() <= -100 || v.getAsDouble() > MAX_SHIFT_PCT) {
            n.report("percent is out of range (found " + n.found() + ", expected a number > -100 and at most "
                    + NumberText.format(MAX_SHIFT_PCT) + ")");
            return Optional.empty();
        }
        return Optional.of(v.getAsDouble());
    }

    /**
     * The action's end date: empty Optional inside when there is none, empty outside when it is bad.
     * It may be written beside the kind or inside the kind's mapping, but not both.
     */
    static Optional<Optional<LocalDate>> until(Optional<YamlNode> outer, Optional<YamlNode> inner,
                                                       LocalDate date) {
        if (outer.isPresent() && inner.isPresent()) {
            inner.get().report("until is given twice (found it beside the action at line " + outer.get().line()
                    + " and inside it, expected one)");
            return Optional.empty();
        }
        Optional<YamlNode> node = outer.or(() -> inner);
        if (node.isEmpty()) return Optional.of(Optional.empty());
        Optional<LocalDate> u = DateText.date(node.get(), "until");
        if (u.isEmpty()) return Optional.empty();
        if (date != null && !u.get().isAfter(date)) {
            node.get().report("until must be after the event date (found " + u.get() + ", expected a date after "
                    + date + ")");
            return Optional.empty();
        }
        return Optional.of(u);
    }
}
