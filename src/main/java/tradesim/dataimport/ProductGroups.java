package tradesim.dataimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tradesim.input.ProblemCollector;
import tradesim.input.YamlDocument;
import tradesim.input.YamlMap;
import tradesim.input.YamlNode;

/**
 * The groups file: which countries stay apart (every other country becomes {@code ROW}) and which HS
 * prefixes make each product. Prefixes may not overlap, across products or within one: an HS6 line
 * must belong to one product at most, and a prefix that contains another (72 and 7208) would make
 * the grouping depend on which is tried first.
 */
record ProductGroups(List<KeptCountry> countries, List<ProductGroup> products) {

    /** The code every country not kept apart is written as. */
    static final String REST_OF_WORLD = "ROW";

    /** A country kept apart, with where the groups file names it (for messages). */
    record KeptCountry(String code, String file, int line, int column) {
    }

    /** A product: its id, name, note and HS prefixes (digits only), as written in order. */
    record ProductGroup(String id, String name, String note, List<String> hsPrefixes, List<String> hsAsWritten) {
        ProductGroup {
            hsPrefixes = List.copyOf(hsPrefixes);
            hsAsWritten = List.copyOf(hsAsWritten);
        }
    }

    private static final List<String> KEYS = List.of("countries", "products");
    private static final List<String> PRODUCT_KEYS = List.of("name", "hs", "note");
    /** Codes become dataset codes and CSV cells: the dataset's own rule. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern HS_PREFIX = Pattern.compile("\\d{2,6}");

    ProductGroups {
        countries = List.copyOf(countries);
        products = List.copyOf(products);
    }

    List<String> countryCodes() {
        return countries.stream().map(KeptCountry::code).toList();
    }

    static Optional<ProductGroups> read(Path path, String display, ProblemCollector problems) {
        Optional<YamlNode> root = YamlDocument.read(path, display, "a groups file", problems);
        if (root.isEmpty()) return Optional.empty();
        Optional<YamlMap> top = root.get().map("the groups file", KEYS);
        if (top.isEmpty()) return Optional.empty();
        int before = problems.count();
        List<KeptCountry> countries = new ArrayList<>();
        top.get().require("countries", "the groups file").flatMap(n -> n.list("countries")).ifPresent(items -> {
            Map<String, Integer> seen = new HashMap<>();
            for (YamlNode item : items) {
                Optional<String> code = item.text("a country code").map(String::strip);
                if (code.isEmpty()) continue;
                if (!CODE.matcher(code.get()).matches()) {
                    item.report("a country code must be letters and digits (found '" + code.get()
                            + "', expected an ISO3 code such as USA)");
                } else if (code.get().equals(REST_OF_WORLD)) {
                    item.report("ROW cannot be kept apart (found 'ROW', expected an ISO3 code; every country not "
                            + "listed becomes ROW)");
                } else if (seen.putIfAbsent(code.get(), item.line()) != null) {
                    item.report("country " + code.get() + " is listed twice (first at line " + seen.get(code.get())
                            + ", expected each country once)");
                } else {
                    countries.add(new KeptCountry(code.get(), item.file(), item.line(), item.column()));
                }
            }
        });
        List<ProductGroup> products = new ArrayList<>();
        Map<String, YamlNode> prefixAt = new LinkedHashMap<>();
        Map<String, String> prefixOwner = new HashMap<>();
        top.get().require("products", "the groups file").flatMap(n -> n.openMap("products")).ifPresent(pm -> {
            for (Map.Entry<String, YamlNode> e : pm.entries().entrySet()) {
                String id = e.getKey();
                if (!CODE.matcher(id).matches()) {
                    pm.keyNode(id).orElseThrow().report("a product id must be letters, digits, '_', '.' or '-' (found '"
                            + id + "', expected an id such as steel)");
                    continue;
                }
                product(id, e.getValue(), prefixAt, prefixOwner).ifPresent(products::add);
            }
            if (pm.entries().isEmpty()) pm.node().report("products is empty (expected at least one product)");
        });
        if (problems.count() > before) return Optional.empty();
        return Optional.of(new ProductGroups(countries, products));
    }

    private static Optional<ProductGroup> product(String id, YamlNode node, Map<String, YamlNode> prefixAt,
                                                  Map<String, String> prefixOwner) {
        Optional<YamlMap> m = node.map("product " + id, PRODUCT_KEYS);
        if (m.isEmpty()) return Optional.empty();
        Optional<String> name = m.get().require("name", "product " + id).flatMap(n -> n.text("name"));
        String note = m.get().get("note").flatMap(n -> n.text("note")).orElse("");
        Optional<YamlNode> hsNode = m.get().require("hs", "product " + id);
        if (hsNode.isEmpty()) return Optional.empty();
        List<YamlNode> items = hsNode.get().isScalar() ? List.of(hsNode.get())
                : hsNode.get().list("hs of product " + id).orElse(List.of());
        if (items.isEmpty() && hsNode.get().isList()) {
            hsNode.get().report("hs of product " + id + " is empty (expected HS code prefixes such as \"72\")");
        }
        List<String> prefixes = new ArrayList<>();
        List<String> written = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : items) {
            Optional<String> text = item.text("an HS code");
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            boolean fits = true;
            String digits = text.get().strip().replace(".", "").replace(" ", "");
            if (!HS_PREFIX.matcher(digits).matches()) {
                item.report("not an HS code prefix (found '" + text.get() + "', expected 2 to 6 digits such as "
                        + "\"72\", \"7208\" or \"7208.10\")");
                ok = false;
                continue;
            }
            for (Map.Entry<String, YamlNode> other : prefixAt.entrySet()) {
                String p = other.getKey();
                if (p.startsWith(digits) || digits.startsWith(p)) {
                    String owner = prefixOwner.get(p);
                    item.report("HS prefix " + digits + " of product " + id + " overlaps " + p + " of product "
                            + owner + " at line " + other.getValue().line() + " (found " + (p.equals(digits)
                            ? "the same prefix twice" : "one prefix inside the other")
                            + ", expected each HS6 line in at most one product)");
                    fits = false;
                }
            }
            if (!fits) {
                ok = false;
                continue;
            }
            prefixAt.put(digits, item);
            prefixOwner.put(digits, id);
            prefixes.add(digits);
            written.add(text.get().strip());
        }
        if (!ok || name.isEmpty() || prefixes.isEmpty()) return Optional.empty();
        return Optional.of(new ProductGroup(id, name.get(), note, prefixes, written));
    }

    /** Finds the product of an HS6 line; prefixes do not overlap, so at most one matches. */
    static final class Lookup {
        private final Map<String, Integer> byPrefix = new HashMap<>();
        private final Map<String, Integer> cache = new HashMap<>();

        Lookup(ProductGroups groups) {
            for (int p = 0; p < groups.products().size(); p++) {
                for (String prefix : groups.products().get(p).hsPrefixes()) byPrefix.put(prefix, p);
            }
        }

        /** The product index, or -1 when no prefix matches. */
        int productOf(String hs6) {
            Integer known = cache.get(hs6);
            if (known != null) return known;
            int found = -1;
            for (int len = Math.min(6, hs6.length()); len >= 2 && found < 0; len--) {
                Integer p = byPrefix.get(hs6.substring(0, len));
                if (p != null) found = p;
            }
            cache.put(hs6, found);
            return found;
        }
    }
}
