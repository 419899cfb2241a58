package tradesim.report;

import java.util.Locale;

/**
 * What each chart shows, in a sentence a student can follow, keyed by the file stems that
 * {@code tradesim.chart.ChartSet} writes. Used for the image's alt text and caption.
 */
final class ChartCaptions {

    private ChartCaptions() {
    }

    static String of(String stem) {
        String s = stem.toLowerCase(Locale.ROOT);
        if (s.equals("timeline")) {
            return "The headline trade flows month by month, at annual rates: the solid line is the scenario, the "
                    + "dashed line the baseline with no policy change. Vertical lines mark the events; their numbers "
                    + "are explained in the key under the chart. Each panel's axis frames its own data, so it need "
                    + "not start at zero.";
        }
        if (s.equals("tariff-path")) {
            return "The tariff in force on each headline flow. Each step is a policy change taking effect. Lines "
                    + "with the same rate are drawn a few pixels apart, so that none hides another. Where a safeguard "
                    + "snapped back on a headline flow, the months in which it applied are shaded and tagged S1, S2, "
                    + "…, explained in the key under the chart.";
        }
        if (s.equals("purchase-subsidy")) {
            return "The subsidy each purchase commitment needs, as a percentage of the world price: zero while buyers "
                    + "reach the committed value at market prices, positive while the government must lower the price "
                    + "they pay to get them there. The purchase table below gives its fiscal cost by year.";
        }
        if (s.equals("quota-fill")) {
            return "Each tariff-rate quota in its own panel: the imports the quota covers (solid, an annual rate) "
                    + "against the quota a year (dashed). The shading gives the regime: unfilled, binding (imports "
                    + "equal the quota) or over quota, when imports past the quota pay the full rate.";
        }
        if (s.startsWith("fan-")) {
            return "Uncertainty over all the Monte Carlo draws (their number is under the chart's title), each of "
                    + "which samples the negotiation path as well as the uncertain parameters: the light band holds 90% "
                    + "of the draws, the darker band the middle half, the solid line is their median and the dashed "
                    + "line the baseline. When the scenario branches, the thin dark lines are the paths at the point "
                    + "parameters, each tagged with the share of the draws that took it: a wide band can hold two "
                    + "clusters of outcomes, such as a deal and a retaliation, rather than one spread.";
        }
        if (s.equals("market-shares")) {
            return "Who supplies the market: each band is one source's share of imports. A band that widens at "
                    + "the others' expense is trade diversion.";
        }
        if (s.equals("creation-diversion")) {
            return "The change in imports from each source split into trade creation (the market as a whole buys "
                    + "more) and trade diversion (purchases moved from one source to another).";
        }
        if (s.equals("welfare")) {
            return "Gains and losses by country in one year: consumer surplus, producer surplus, tariff revenue, "
                    + "the quota rent where a quota earns one, and their sum, net.";
        }
        if (s.equals("tornado")) {
            return "Which assumptions matter most: each bar shows how far the result moves when one parameter goes "
                    + "from its 5th to its 95th percentile.";
        }
        if (s.startsWith("compare")) {
            return "One headline flow under each scenario, with the baseline dashed. Scenarios that agree are "
                    + "drawn a pixel or two apart, each with its own markers, so that none hides another.";
        }
        return "Chart " + stem + ".";
    }
}
