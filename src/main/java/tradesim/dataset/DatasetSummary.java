package tradesim.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import tradesim.model.BaseTariff;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.Growth;
import tradesim.model.ParameterRule;
import tradesim.model.Product;
import tradesim.model.ScheduledRate;
import tradesim.model.UnitValue;

/**
 * What {@code tradesim data} shows about a dataset: its countries and products, base-year totals
 * per market and product with the share of home sales, and how many of its numbers rest on primary
 * statistics, on secondary sources or on estimates ({@link SourceKind} is the rule).
 *
 * @param totals         one row per (market, product) that has any base flow, in dataset order
 * @param primaryCells   numeric cells (flows, tariffs, parameters, growth, unit values, schedules)
 *                       sourced to a primary statistical publisher
 * @param secondaryCells numeric cells cited to any other source
 * @param estimateCells  numeric cells whose source starts with {@code estimate}
 */
public record DatasetSummary(Dataset dataset, List<Country> countries, List<Product> products,
                             List<MarketTotal> totals, int primaryCells, int secondaryCells, int estimateCells) {

    /**
     * Base-year imports of one product into one market, USD million per year at world prices.
     *
     * @param importsUsdM      from other countries only
     * @param withDomesticUsdM including the market's own home sales
     */
    public record MarketTotal(String market, String product, double importsUsdM, double withDomesticUsdM) {
        public MarketTotal {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(product, "product");
        }

        /** Home sales as a percentage of the market's base-year total (0 when it has none). */
        public double domesticSharePct() {
            return withDomesticUsdM > 0 ? 100 * (withDomesticUsdM - importsUsdM) / withDomesticUsdM : 0;
        }
    }

    public DatasetSummary {
        Objects.requireNonNull(dataset, "dataset");
        countries = List.copyOf(countries);
        products = List.copyOf(products);
        totals = List.copyOf(totals);
    }

    public static DatasetSummary of(Dataset d) {
        List<MarketTotal> totals = new ArrayList<>();
        for (Country market : d.countries()) {
            for (Product product : d.products()) {
                double imports = 0;
                double all = 0;
                boolean any = false;
                for (Flow f : d.flows()) {
                    if (!f.key().importer().equals(market.code()) || !f.key().product().equals(product.id())) continue;
                    any = true;
                    all += f.valueUsdM();
                    if (!f.key().isDomestic()) imports += f.valueUsdM();
                }
                if (any) totals.add(new MarketTotal(market.code(), product.id(), imports, all));
            }
        }
        int[] cells = new int[SourceKind.values().length];
        for (Flow f : d.flows()) cells[SourceKind.of(f.source()).ordinal()]++;
        for (BaseTariff t : d.tariffs()) cells[SourceKind.of(t.source()).ordinal()]++;
        for (ParameterRule r : d.parameters()) cells[SourceKind.of(r.source()).ordinal()] += r.values().size();
        for (Growth g : d.growth()) {
            int n = (g.demandGrowthPct().isPresent() ? 1 : 0) + (g.supplyGrowthPct().isPresent() ? 1 : 0);
            cells[SourceKind.of(g.source()).ordinal()] += n;
        }
        for (UnitValue u : d.unitValues()) cells[SourceKind.of(u.source()).ordinal()]++;
        for (ScheduledRate r : d.schedules()) cells[SourceKind.of(r.source()).ordinal()]++;
        return new DatasetSummary(d, d.countries(), d.products(), totals, cells[SourceKind.PRIMARY.ordinal()],
                cells[SourceKind.SECONDARY.ordinal()], cells[SourceKind.ESTIMATE.ordinal()]);
    }

    /** A plain-text rendering, numbers in {@link Locale#ROOT}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        Dataset d = dataset;
        out.add("Dataset " + d.name() + " (base year " + d.baseYear() + ", " + d.currency() + " " + d.unit() + ")");
        if (!d.description().isBlank()) out.add(d.description().strip().replaceAll("\\s+", " "));
        out.add("Folder: " + d.folder());
        out.add("SHA-256: " + d.sha256());
        out.add("");
        out.add("Countries (" + countries.size() + "):");
        for (Country c : countries) out.add(String.format(Locale.ROOT, "  %-6s %s", c.code(), c.name()));
        out.add("");
        out.add("Products (" + products.size() + "):");
        for (Product p : products) {
            String hs = p.hsCodes().isEmpty() ? "" : " (HS " + String.join(", ", p.hsCodes()) + ")";
            out.add(String.format(Locale.ROOT, "  %-20s %s%s", p.id(), p.name(), hs));
        }
        out.add("");
        out.add("Base-year totals by market and product, " + d.currency() + " " + d.unit() + ":");
        out.add(String.format(Locale.ROOT, "  %-8s %-20s %14s %16s %10s", "market", "product", "imports",
                "incl. domestic", "domestic"));
        for (MarketTotal t : totals) {
            out.add(String.format(Locale.ROOT, "  %-8s %-20s %14.1f %16.1f %9.1f%%", t.market(), t.product(),
                    t.importsUsdM(), t.withDomesticUsdM(), t.domesticSharePct()));
        }
        out.add("");
        out.add(String.format(Locale.ROOT,
                "Numbers: %d primary statistics, %d secondary sources, %d estimates (%d in all)",
                primaryCells, secondaryCells, estimateCells, primaryCells + secondaryCells + estimateCells));
        out.add("  primary: the source opens with a statistical publisher ("
                + String.join(", ", SourceKind.PRIMARY_PUBLISHERS) + ")");
        if (!d.sources().isEmpty()) {
            out.add("Sources:");
            out.addAll(d.sources().stream().map(s -> "  - " + s).collect(Collectors.toList()));
        }
        return List.copyOf(out);
    }
}
