package tradesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.ParameterRule;
import tradesim.model.Product;
import tradesim.model.Selector;
import tradesim.input.Spelling;
import tradesim.input.YamlNode;

/**
 * The country codes and product ids a scenario may name, from its dataset. When the dataset could
 * not be loaded (its problems are reported already) every id passes, so that one missing folder
 * does not bury the user in "unknown country" lines.
 */
final class DatasetIds {

    enum Kind {
        COUNTRY("country"), PRODUCT("product");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    private final List<String> countries;
    private final List<String> products;
    private final Set<FlowKey> flows;
    private final boolean known;
    private final Optional<Dataset> dataset;

    private DatasetIds(List<String> countries, List<String> products, Set<FlowKey> flows, Optional<Dataset> dataset) {
        this.countries = countries;
        this.products = products;
        this.flows = flows;
        this.known = dataset.isPresent();
        this.dataset = dataset;
    }

    static DatasetIds of(Optional<Dataset> dataset) {
        return dataset.map(d -> new DatasetIds(d.countries().stream().map(Country::code).toList(),
                d.products().stream().map(Product::id).toList(),
                d.flows().stream().map(Flow::key).collect(Collectors.toUnmodifiableSet()), dataset))
                .orElseGet(() -> new DatasetIds(List.of(), List.of(), Set.of(), Optional.empty()));
    }

    /** The dataset, when it loaded; checks that need its numbers are skipped without it. */
    Optional<Dataset> dataset() {
        return dataset;
    }

    /**
     * The cross-border flows the selectors pick that have base-year trade, in dataset order (empty
     * when the dataset is unknown).
     */
    List<FlowKey> traded(Selector importer, Selector exporter, Selector product) {
        return picked(importer, exporter, product, true);
    }

    /** Whether the dataset has a base-year flow for {@code key} (always true when the dataset is unknown). */
    boolean hasFlow(FlowKey key) {
        return !known || flows.contains(key);
    }

    /**
     * The cross-border flows the selectors pick that have no base-year trade, in dataset order
     * (empty when the dataset is unknown). Domestic sales (importer = exporter) are never picked.
     */
    List<FlowKey> untraded(Selector importer, Selector exporter, Selector product) {
        return picked(importer, exporter, product, false);
    }

    private List<FlowKey> picked(Selector importer, Selector exporter, Selector product, boolean withTrade) {
        List<FlowKey> out = new ArrayList<>();
        if (!known) return out;
        for (String p : products) {
            if (!product.matches(p)) continue;
            for (String im : countries) {
                if (!importer.matches(im)) continue;
                for (String ex : countries) {
                    if (ex.equals(im) || !exporter.matches(ex)) continue;
                    FlowKey key = new FlowKey(im, ex, p);
                    if (flows.contains(key) == withTrade) out.add(key);
                }
            }
        }
        return out;
    }

    private List<String> ids(Kind kind) {
        return kind == Kind.COUNTRY ? countries : products;
    }

    /** One id of the dataset (no wildcard). */
    Optional<String> id(YamlNode node, Kind kind, String what) {
        Optional<String> text = node.text(what);
        if (text.isEmpty()) return text;
        String v = text.get();
        if (v.equals(ParameterRule.ANY)) {
            node.report(what + " cannot be * here (found '*', expected one " + kind.word + ")");
            return Optional.empty();
        }
        return check(node, v, kind);
    }

    /** An id or {@code *}, as in parameter rules. */
    Optional<String> idOrAny(YamlNode node, Kind kind, String what) {
        Optional<String> text = node.text(what);
        if (text.isEmpty() || text.get().equals(ParameterRule.ANY)) return text;
        return check(node, text.get(), kind);
    }

    /** A code, a list of codes, or {@code *}. */
    Optional<Selector> selector(YamlNode node, Kind kind, String what) {
        if (node.isList()) {
            Optional<List<YamlNode>> items = node.list(what);
            if (items.isEmpty()) return Optional.empty();
            if (items.get().isEmpty()) {
                node.report(what + " is an empty list (found [], expected a " + kind.word + ", a list of them, or *)");
                return Optional.empty();
            }
            List<String> codes = new ArrayList<>();
            boolean ok = true;
            for (YamlNode item : items.get()) {
                Optional<String> code = id(item, kind, what);
                ok &= code.isPresent();
                code.ifPresent(codes::add);
            }
            return ok ? Optional.of(new Selector(codes)) : Optional.empty();
        }
        Optional<String> one = idOrAny(node, kind, what);
        return one.map(v -> v.equals(ParameterRule.ANY) ? Selector.all() : Selector.of(v));
    }

    private Optional<String> check(YamlNode node, String v, Kind kind) {
        if (!known || ids(kind).contains(v)) return Optional.of(v);
        Optional<String> guess = Spelling.closest(v, ids(kind));
        node.report("unknown " + kind.word + " '" + Spelling.shown(v) + "'" + guess.map(g -> " (did you mean '" + g
                + "'? expected one of: ").orElse(" (expected one of: ") + String.join(", ", ids(kind)) + ")");
        return Optional.empty();
    }
}
