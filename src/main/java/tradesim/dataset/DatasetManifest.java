package tradesim.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import tradesim.model.Country;
import tradesim.model.Product;
import tradesim.input.ProblemCollector;
import tradesim.input.YamlDocument;
import tradesim.input.YamlMap;
import tradesim.input.YamlNode;

/** What {@code dataset.yaml} says: names, base year, units, and the countries and products in order. */
record DatasetManifest(String name, int baseYear, String currency, String unit, String description,
                       List<Country> countries, List<Product> products, List<String> sources) {

    static final List<String> KEYS = List.of("name", "base_year", "currency", "unit", "description", "countries",
            "products", "sources");
    private static final List<String> PRODUCT_KEYS = List.of("name", "hs", "note");
    /** Codes appear in CSV cells and selectors: no separators, no wildcard. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    DatasetManifest {
        countries = List.copyOf(countries);
        products = List.copyOf(products);
        sources = List.copyOf(sources);
    }

    static Optional<DatasetManifest> read(Path path, String display, ProblemCollector problems) {
        Optional<YamlNode> root = YamlDocument.read(path, display, "a dataset description", problems);
        if (root.isEmpty()) return Optional.empty();
        Optional<YamlMap> top = root.get().map("dataset.yaml", KEYS);
        if (top.isEmpty()) return Optional.empty();
        YamlMap m = top.get();
        int before = problems.count();
        String name = m.require("name", "dataset.yaml").flatMap(n -> n.text("name")).orElse("");
        int baseYear = 0;
        Optional<YamlNode> yearNode = m.require("base_year", "dataset.yaml");
        if (yearNode.isPresent()) {
            OptionalLong y = yearNode.get().integer("base_year");
            if (y.isPresent() && (y.getAsLong() < 1900 || y.getAsLong() > 2200)) {
                yearNode.get().report("base_year is out of range (found " + y.getAsLong() + ", expected a year)");
            } else if (y.isPresent()) {
                baseYear = (int) y.getAsLong();
            }
        }
        String currency = optionalText(m, "currency", "USD");
        String unit = optionalText(m, "unit", "million per year");
        String description = optionalText(m, "description", "");
        List<Country> countries = new ArrayList<>();
        m.require("countries", "dataset.yaml").flatMap(n -> n.openMap("countries")).ifPresent(cm -> {
            for (Map.Entry<String, YamlNode> e : cm.entries().entrySet()) {
                if (checkCode(e.getKey(), cm.keyNode(e.getKey()).orElseThrow(), "country code")) {
                    e.getValue().text("the name of country " + e.getKey())
                            .ifPresent(n -> countries.add(new Country(e.getKey(), n)));
                }
            }
            if (cm.entries().isEmpty()) cm.node().report("countries is empty (expected at least one country)");
        });
        List<Product> products = new ArrayList<>();
        m.require("products", "dataset.yaml").flatMap(n -> n.openMap("products")).ifPresent(pm -> {
            for (Map.Entry<String, YamlNode> e : pm.entries().entrySet()) {
                if (checkCode(e.getKey(), pm.keyNode(e.getKey()).orElseThrow(), "product id")) {
                    product(e.getKey(), e.getValue()).ifPresent(products::add);
                }
            }
            if (pm.entries().isEmpty()) pm.node().report("products is empty (expected at least one product)");
        });
        List<String> sources = new ArrayList<>();
        m.get("sources").flatMap(n -> n.list("sources")).ifPresent(items -> {
            for (YamlNode item : items) source(item).ifPresent(sources::add);
        });
        if (problems.count() > before) return Optional.empty();
        return Optional.of(new DatasetManifest(name, baseYear, currency, unit, description, countries, products,
                sources));
    }

    private static Optional<Product> product(String id, YamlNode node) {
        Optional<YamlMap> pm = node.map("product " + id, PRODUCT_KEYS);
        if (pm.isEmpty()) return Optional.empty();
        Optional<String> name = pm.get().require("name", "product " + id).flatMap(n -> n.text("name"));
        List<String> hs = new ArrayList<>();
        pm.get().get("hs").ifPresent(h -> {
            if (h.isScalar()) {
                hs.add(h.rawText());
            } else {
                h.list("hs").ifPresent(items -> items.forEach(i -> i.text("an HS code").ifPresent(hs::add)));
            }
        });
        String note = pm.get().get("note").flatMap(n -> n.text("note")).orElse("");
        return name.map(n -> new Product(id, n, hs, note));
    }

    /** A source is a line of text; a mapping of short fields (title, url...) is joined into one line. */
    private static Optional<String> source(YamlNode item) {
        if (item.isMap()) {
            Optional<YamlMap> sm = item.openMap("a source");
            if (sm.isEmpty()) return Optional.empty();
            List<String> parts = new ArrayList<>();
            sm.get().entries().forEach((k, v) -> v.text(k).ifPresent(t -> parts.add(k + ": " + t)));
            return Optional.of(String.join("; ", parts));
        }
        return item.text("a source");
    }

    private static String optionalText(YamlMap m, String key, String fallback) {
        Optional<YamlNode> n = m.get(key);
        if (n.isEmpty() || n.get().isNull()) return fallback;
        return n.get().text(key).orElse(fallback);
    }

    private static boolean checkCode(String code, YamlNode keyNode, String what) {
        if (CODE.matcher(code).matches()) return true;
        keyNode.report("a " + what + " must be letters, digits, '_', '.' or '-' (found '" + code
                + "', expected a code such as JPN or beef)");
        return false;
    }
}
