package tradesim.dataimport;

import java.util.List;

/**
 * The elasticities an imported dataset starts with. Trade data say nothing about behaviour, so
 * every row is a default marked {@code estimate}, with where the number comes from, for the user to
 * replace with values for their products (docs/model.md explains each parameter).
 */
final class DefaultElasticities {

    private static final String REPLACE = " Replace it with a value for the product (e.g. GTAP's ESUBM by sector).";

    static final List<List<String>> ROWS = List.of(
            List.of("*", "*", "*", "5", "", "", "",
                    "estimate: default Armington substitution elasticity 5 for every market (range 2 to 10): the "
                    + "middle of GTAP's import substitution elasticities for manufactures (ESUBM about 4 to 8, "
                    + "Hertel, Hummels, Ivanic & Keeney 2007) and near the median trade elasticity of Head & Mayer "
                    + "(2014) (sigma - 1 about 5)." + REPLACE),
            List.of("*", "*", "*", "", "-1", "", "",
                    "estimate: unit-elastic composite import demand (-1, range -0.5 to -1.5) for every market, a "
                    + "neutral default; product-level import demand elasticities are surveyed by Kee, Nicita & "
                    + "Olarreaga (2008). GSIM (Francois & Hall 2003) leaves it to the user."),
            List.of("*", "*", "*", "", "", "5", "",
                    "estimate: export supply elasticity 5 (range 2 to 10) for every exporter kept apart, an "
                    + "assumption of moderately elastic supply; GSIM (Francois & Hall 2003) leaves it to the user."),
            List.of("*", "*", ProductGroups.REST_OF_WORLD, "", "", "inf", "",
                    "estimate: the rest-of-world exporter aggregate is a price taker (supply elasticity inf)"),
            List.of("*", "*", "*", "", "", "", "17",
                    "estimate: default half-life 17 months (range 15 to 20): Boehm, Levchenko & Pandalai-Nayar "
                    + "(2023) find a one-year trade elasticity of about 0.76 against a long run of about 2, so "
                    + "0.38 of the adjustment happens in 12 months and 1 - 0.5^(12/h) = 0.38 gives h = 17."));

    static final List<String> SOURCES = List.of(
            "Hertel, Hummels, Ivanic & Keeney (2007), How confident can we be of CGE-based assessments of Free "
                    + "Trade Agreements?, Economic Modelling 24(4):611-635; GTAP WP 26: "
                    + "https://docs.lib.purdue.edu/gtapwp/26",
            "Head & Mayer (2014), Gravity Equations: Workhorse, Toolkit, and Cookbook, Handbook of International "
                    + "Economics vol. 4, ch. 3",
            "Kee, Nicita & Olarreaga (2008), Import Demand Elasticities and Trade Distortions, Review of Economics "
                    + "and Statistics 90(4):666-682",
            "Francois & Hall (2003), Global Simulation Analysis of Industry-Level Trade Policy (GSIM)",
            "Boehm, Levchenko & Pandalai-Nayar (2023), The Long and Short (Run) of Trade Elasticities, American "
                    + "Economic Review 113(4):861-905: https://www.nber.org/papers/w27064");

    private DefaultElasticities() {
    }
}
