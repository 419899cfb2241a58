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
            return "The headline trade flows month by month: the solid line is the scenario, the dashed line the "
                    + "baseline with no policy change. Vertical lines mark the events.";
        }
        if (s.equals("tariff-path")) {
            return "The tariff in force on each headline flow. Each step is a policy change taking effect.";
        }
        if (s.startsWith("fan-")) {
            return "Uncertainty from the Monte Carlo draws: the light band holds 90% of the draws, the darker band "
                    + "the middle half; the solid line is the median and the dashed line the baseline.";
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
                    + "and their sum, net.";
        }
        if (s.equals("tornado")) {
            return "Which assumptions matter most: each bar shows how far the result moves when one parameter goes "
                    + "from its 5th to its 95th percentile.";
        }
        if (s.startsWith("compare")) {
            return "One headline flow under each scenario, with the baseline dashed.";
        }
        return "Chart " + stem + ".";
    }
}
