package tradesim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import tradesim.input.NumberText;
import tradesim.input.Spelling;
import tradesim.input.YamlMap;
import tradesim.input.YamlNode;
import tradesim.model.Action;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.SafeguardTrigger;
import tradesim.model.Selector;
import tradesim.scenario.DatasetIds.Kind;

/**
 * Reads the two actions that act on quantities: {@code safeguard} (a tariff that snaps back when
 * imports pass trigger volumes or values over a safeguard year) and {@code trq} (a tariff-rate
 * quota). Both carry an {@code id}, unique in the file, that names them in outputs; both may count
 * tonnes, which needs a unit value for every flow they count.
 */
final class QuantityActionReader {

    private static final List<String> SAFEGUARD_KEYS = List.of("id", "importer", "exporter", "product",
            "year_start", "trigger", "rate", "months", "until");
    private static final List<String> TRIGGER_KEYS = List.of("exporter", "volume_t", "value_usd_m",
            "above_previous_year");
    private static final List<String> THRESHOLDS = List.of("volume_t", "value_usd_m", "above_previous_year");
    private static final List<String> TRQ_KEYS = List.of("id", "importer", "exporter", "product", "quota",
            "in_quota", "rent_to", "until");
    private static final List<String> QUOTA_KEYS = List.of("volume_t", "value_usd_m");
    private static final List<String> RENT_HOLDERS = List.of("importer", "exporter");
    /** Ids name files' rows and a constraint column; the same alphabet as event ids. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    /** A safeguard that lasts longer than this once triggered is a standing tariff, not a safeguard. */
    static final int MAX_SAFEGUARD_MONTHS = 120;
    /** Largest quota or threshold: far above any physical trade, below where sums lose precision. */
    static final double MAX_AMOUNT = 1e15;

    private final ActionReader actions;
    private final DatasetIds ids;
    private final Map<String, Integer> seenIds;

    QuantityActionReader(ActionReader actions, DatasetIds ids, Map<String, Integer> seenIds) {
        this.actions = actions;
        this.ids = ids;
        this.seenIds = seenIds;
    }

    /** What a safeguard and a quota both start with: an id, and the flows they act on, of one product. */
    private record Head(Optional<String> id, Optional<Selector> importer, Optional<Selector> exporter,
                        Optional<Selector> product) {
    }

    private Head head(Optional<YamlMap> m, String kind) {
        return new Head(m.flatMap(x -> x.require("id", kind)).flatMap(this::id),
                actions.selector(m, "importer", kind, Kind.COUNTRY), actions.selector(m, "exporter", kind, Kind.COUNTRY),
                actions.selector(m, "product", kind, Kind.PRODUCT)
                        .flatMap(p -> oneProduct(p, m.get().get("product").orElseThrow(), kind)));
    }

    Optional<Action> safeguard(YamlMap outer, YamlNode body, LocalDate date) {
        Optional<YamlMap> m = body.map("safeguard", SAFEGUARD_KEYS);
        Head h = head(m, "safeguard");
        Optional<String> id = h.id();
        Optional<Selector> importer = h.importer();
        Optional<Selector> exporter = h.exporter();
        Optional<Selector> product = h.product();
        Optional<Integer> yearStart = m.flatMap(x -> x.require("year_start", "safeguard"))
                .flatMap(QuantityActionReader::yearStart);
        Optional<Double> rate = m.flatMap(x -> x.require("rate", "safeguard")).flatMap(n -> ActionReader.rate(n, "rate"));
        Optional<OptionalInt> months = m.flatMap(x -> x.get("months")).map(QuantityActionReader::months)
                .orElse(Optional.of(OptionalInt.empty()));
        Optional<Optional<LocalDate>> until = ActionReader.until(outer.get("until"), m.flatMap(x -> x.get("until")),
                date);
        Optional<List<SafeguardTrigger>> triggers = Optional.empty();
        if (m.isPresent() && importer.isPresent() && product.isPresent()) {
            triggers = m.get().require("trigger", "safeguard")
                    .flatMap(n -> triggers(n, importer.get(), product.get()));
        } else {
            m.flatMap(x -> x.require("trigger", "safeguard"));
        }
        if (id.isEmpty() || importer.isEmpty() || exporter.isEmpty() || product.isEmpty() || yearStart.isEmpty()
                || rate.isEmpty() || months.isEmpty() || until.isEmpty() || triggers.isEmpty()) {
            return Optional.empty();
        }
        if (ids.traded(importer.get(), exporter.get(), product.get()).isEmpty() && ids.dataset().isPresent()) {
            body.report("safeguard '" + id.get() + "' selects no flow that pays it (found importer "
                    + importer.get() + ", exporter " + exporter.get() + ", product " + product.get()
                    + ", expected at least one flow listed in flows.csv)");
            return Optional.empty();
        }
        return Optional.of(new Action.Safeguard(id.get(), importer.get(), exporter.get(), product.get(),
                yearStart.get(), triggers.get(), rate.get(), months.get(), until.get()));
    }

    Optional<Action> trq(YamlMap outer, YamlNode body, LocalDate date) {
        Optional<YamlMap> m = body.map("trq", TRQ_KEYS);
        Head h = head(m, "trq");
        Optional<String> id = h.id();
        Optional<Selector> importer = h.importer();
        Optional<Selector> exporter = h.exporter();
        Optional<Selector> product = h.product();
        Optional<YamlNode> quotaNode = m.flatMap(x -> x.require("quota", "trq"));
        Optional<Action.Quota> quota = quotaNode.flatMap(QuantityActionReader::quota);
        Optional<YamlNode> inQuotaNode = m.flatMap(x -> x.require("in_quota", "trq"));
        Optional<Double> inQuota = inQuotaNode.flatMap(n -> ActionReader.rate(n, "in_quota"));
        Optional<Action.RentHolder> rentTo = m.flatMap(x -> x.get("rent_to")).map(QuantityActionReader::rentHolder)
                .orElse(Optional.of(Action.RentHolder.IMPORTER));
        Optional<Optional<LocalDate>> until = ActionReader.until(outer.get("until"), m.flatMap(x -> x.get("until")),
                date);
        if (id.isEmpty() || importer.isEmpty() || exporter.isEmpty() || product.isEmpty() || quota.isEmpty()
                || inQuota.isEmpty() || rentTo.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        List<FlowKey> covered = ids.traded(importer.get(), exporter.get(), product.get());
        if (covered.isEmpty() && ids.dataset().isPresent()) {
            body.report("trq '" + id.get() + "' covers no flow (found importer " + importer.get() + ", exporter "
                    + exporter.get() + ", product " + product.get() + ", expected at least one flow listed in "
                    + "flows.csv)");
            return Optional.empty();
        }
        boolean ok = true;
        if (quota.get().unit() == Action.QuantityUnit.TONNES) {
            ok = unitValuesFor(covered, quotaNode.get(), "quota volume_t");
        }
        if (ids.dataset().isPresent() && date != null) {
            Dataset d = ids.dataset().get();
            for (FlowKey f : covered) {
                double law = d.lawRatePct(f, date);
                if (inQuota.get() > law) {
                    // the in-quota rate is a concession below the rate in force; above it, the quota
                    // would raise the tariff on the first units and the wedge bounds would invert
                    inQuotaNode.get().report("in_quota is above the rate in force on " + f + " (found "
                            + NumberText.format(inQuota.get()) + ", expected at most " + NumberText.format(law)
                            + ", the rate on " + date + ")");
                    ok = false;
                    break;
                }
            }
        }
        if (!ok) return Optional.empty();
        return Optional.of(new Action.Trq(id.get(), importer.get(), exporter.get(), product.get(), quota.get(),
                inQuota.get(), rentTo.get(), until.get()));
    }

    private Optional<String> id(YamlNode n) {
        Optional<String> v = n.text("id");
        if (v.isEmpty()) return v;
        if (v.get().length() > ScenarioLoader.MAX_ID_LENGTH || !ID.matcher(v.get()).matches()) {
            n.report("id must be letters, digits, '_', '.' or '-', at most " + ScenarioLoader.MAX_ID_LENGTH
                    + " characters (found " + n.found() + ", expected an id such as beef_sg)");
            return Optional.empty();
        }
        Integer first = seenIds.putIfAbsent(v.get(), n.line());
        if (first != null) {
            n.report("duplicate safeguard or quota id '" + v.get() + "' (first at line " + first
                    + ", expected an id unique in the file)");
            return Optional.empty();
        }
        return v;
    }

    /**
     * A safeguard counts, and a quota's wedge is common to, flows of one product market: the engine
     * solves each product on its own.
     */
    private static Optional<Selector> oneProduct(Selector p, YamlNode at, String kind) {
        if (p.codes().size() == 1) return Optional.of(p);
        at.report(kind + " needs one product (found " + p + ", expected a single product id; write one " + kind
                + " per product)");
        return Optional.empty();
    }

    private static Optional<Integer> yearStart(YamlNode n) {
        OptionalLong v = n.integer("year_start");
        if (v.isEmpty()) return Optional.empty();
        if (v.getAsLong() < 1 || v.getAsLong() > 12) {
            n.report("year_start is not a month (found " + n.found() + ", expected a month number from 1 to 12)");
            return Optional.empty();
        }
        return Optional.of((int) v.getAsLong());
    }

    private static Optional<OptionalInt> months(YamlNode n) {
        OptionalLong v = n.integer("months");
        if (v.isEmpty()) return Optional.empty();
        if (v.getAsLong() < 1 || v.getAsLong() > MAX_SAFEGUARD_MONTHS) {
            n.report("months is out of range (found " + n.found() + ", expected a whole number from 1 to "
                    + MAX_SAFEGUARD_MONTHS + "; omit it to apply to the end of the safeguard year)");
            return Optional.empty();
        }
        return Optional.of(OptionalInt.of((int) v.getAsLong()));
    }

    private Optional<List<SafeguardTrigger>> triggers(YamlNode node, Selector importer, Selector product) {
        Optional<List<YamlNode>> items = node.list("trigger");
        if (items.isEmpty()) return Optional.empty();
        if (items.get().isEmpty()) {
            node.report("trigger is empty (found [], expected at least one condition such as "
                    + "{exporter: USA, volume_t: 242000})");
            return Optional.empty();
        }
        List<SafeguardTrigger> out = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : items.get()) {
            Optional<YamlMap> m = item.map("a trigger condition", TRIGGER_KEYS);
            Optional<Selector> exporters = actions.selector(m, "exporter", "a trigger condition", Kind.COUNTRY);
            Optional<SafeguardTrigger.Threshold> threshold = m.flatMap(x -> threshold(x, item));
            if (exporters.isEmpty() || threshold.isEmpty()) {
                ok = false;
                continue;
            }
            if (threshold.get() instanceof SafeguardTrigger.VolumeTonnes) {
                ok &= unitValuesFor(ids.traded(importer, exporters.get(), product),
                        m.get().get("volume_t").orElseThrow(), "volume_t");
            }
            out.add(new SafeguardTrigger(exporters.get(), threshold.get()));
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private static Optional<SafeguardTrigger.Threshold> threshold(YamlMap m, YamlNode item) {
        List<String> given = m.keys().stream().filter(THRESHOLDS::contains).toList();
        if (given.size() != 1) {
            item.report("a trigger condition needs exactly one of " + String.join(", ", THRESHOLDS) + " (found "
                    + (given.isEmpty() ? "none" : String.join(" and ", given)) + ")");
            return Optional.empty();
        }
        YamlNode v = m.raw(given.get(0)).orElseThrow();   // raw: an empty value is reported below, not lost
        switch (given.get(0)) {
            case "volume_t":
                return amount(v, "volume_t").map(SafeguardTrigger.VolumeTonnes::new);
            case "value_usd_m":
                return amount(v, "value_usd_m").map(SafeguardTrigger.ValueUsdM::new);
            default:
                if ("true".equals(v.rawText() == null ? null : v.rawText().strip())) {
                    return Optional.of(new SafeguardTrigger.AbovePreviousYear());
                }
                v.report("above_previous_year can only be true (found " + v.found()
                        + ", expected true; leave the condition out otherwise)");
                return Optional.empty();
        }
    }

    private static Optional<Action.Quota> quota(YamlNode node) {
        Optional<YamlMap> m = node.map("quota", QUOTA_KEYS);
        if (m.isEmpty()) return Optional.empty();
        List<String> given = m.get().keys();
        if (given.size() != 1) {
            node.report("quota needs exactly one of volume_t, value_usd_m (found "
                    + (given.isEmpty() ? "none" : String.join(" and ", given)) + ")");
            return Optional.empty();
        }
        String key = given.get(0);
        Action.QuantityUnit unit = key.equals("volume_t") ? Action.QuantityUnit.TONNES : Action.QuantityUnit.USD_M;
        return amount(m.get().raw(key).orElseThrow(), "quota " + key).map(a -> new Action.Quota(a, unit));
    }

    private static Optional<Double> amount(YamlNode n, String what) {
        OptionalDouble v = n.number(what);
        if (v.isEmpty()) return Optional.empty();
        if (!(v.getAsDouble() >= 0 && v.getAsDouble() <= MAX_AMOUNT)) {
            n.report(what + " is out of range (found " + n.found() + ", expected a number from 0 to 1e15)");
            return Optional.empty();
        }
        return Optional.of(v.getAsDouble());
    }

    private static Optional<Action.RentHolder> rentHolder(YamlNode n) {
        Optional<String> v = n.text("rent_to");
        if (v.isEmpty()) return Optional.empty();
        if (RENT_HOLDERS.contains(v.get())) return Optional.of(Action.RentHolder.valueOf(v.get().toUpperCase(
                java.util.Locale.ROOT)));
        n.report("unknown rent_to '" + Spelling.shown(v.get()) + "' (found " + n.found()
                + ", expected importer or exporter)");
        return Optional.empty();
    }

    /** Every counted flow has a unit value, so its tonnes are known; reports the first that has none. */
    private boolean unitValuesFor(List<FlowKey> counted, YamlNode at, String what) {
        if (ids.dataset().isEmpty()) return true;
        Dataset d = ids.dataset().get();
        for (FlowKey f : counted) {
            if (d.usdPerTonne(f).isEmpty()) {
                at.report(what + " counts tonnes, but unit_values.csv has no unit value for " + f
                        + " (found none, expected a row in unit_values.csv of dataset " + d.name()
                        + " that covers it)");
                return false;
            }
        }
        return true;
    }
}
