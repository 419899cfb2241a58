package tradesim.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradesim.model.FlowKey;
import tradesim.results.DrawResults;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;

/** The charts of one run (issue 6): which to draw, for which flows, market and year. */
public final class ChartSet {

    private ChartSet() {
    }

    /**
     * In order: the timeline and tariff path of the headline flows; a fan chart per headline flow
     * that has bands; the market shares and the creation and diversion of the first headline flow's
     * market; the fill of each tariff-rate quota and the subsidy of the purchase commitments, when the
     * run has them; welfare by country when anyone gains or loses; and the tornado when there is sensitivity. The single-year charts
     * describe the last full year of the horizon. Charts with nothing to show are left out.
     */
    public static List<ChartSpec> forRun(RunResult run, Optional<DrawResults> draws,
                                         Optional<List<SensitivityRow>> sensitivity) {
        return forRun(RunDigest.of(run), draws, sensitivity);
    }

    /** As {@link #forRun(RunResult, Optional, Optional)}, from the run's digest, which knows its headline flows. */
    public static List<ChartSpec> forRun(RunDigest digest, Optional<DrawResults> draws,
                                         Optional<List<SensitivityRow>> sensitivity) {
        RunResult run = digest.run();
        CountryColours colours = CountryColours.of(run.dataset());
        List<FlowKey> headline = digest.headline();
        int year = ChartYear.lastFullYear(run.scenario().horizon());
        List<ChartSpec> out = new ArrayList<>();
        if (!headline.isEmpty()) {
            out.add(TimelineChart.build(digest, headline, colours));
            out.add(TariffPathChart.build(digest, headline, colours));
            if (draws.isPresent()) {
                for (FlowKey k : headline) {
                    if (FanChart.hasBands(draws.get().bands(), k)) out.add(FanChart.build(run, k, draws.get(), colours));
                }
            }
            FlowKey lead = headline.get(0);
            if (!MarketShareChart.sources(digest, lead.importer(), lead.product()).isEmpty()) {
                out.add(MarketShareChart.build(digest, lead.importer(), lead.product(), colours));
                out.add(CreationDiversionChart.build(digest, lead.importer(), lead.product(), year, colours));
            }
        }
        if (QuotaFillChart.hasQuotas(run)) out.add(QuotaFillChart.build(run, colours));
        if (PurchaseSubsidyChart.hasSubsidy(run)) out.add(PurchaseSubsidyChart.build(run, colours));
        if (WelfareChart.hasChange(digest, year)) out.add(WelfareChart.build(digest, year, colours));
        if (sensitivity.isPresent() && !sensitivity.get().isEmpty()) {
            out.add(TornadoChart.build(run, sensitivity.get()));
        }
        return List.copyOf(out);
    }
}
