package tradesim.results;

import java.time.YearMonth;

/**
 * Welfare change of one country in one product market in one period, scenario against baseline,
 * USD million a year (docs/model.md, Welfare). Net = consumer surplus + tariff revenue (as importer,
 * net of purchase subsidies paid) + producer surplus (as exporter) + the quota rent it holds.
 */
public record WelfareRow(YearMonth period, String country, String product, double consumerSurplusUsdM,
                         double producerSurplusUsdM, double tariffRevenueUsdM, double quotaRentUsdM) {

    /** A row with no quota rent. */
    public WelfareRow(YearMonth period, String country, String product, double consumerSurplusUsdM,
                      double producerSurplusUsdM, double tariffRevenueUsdM) {
        this(period, country, product, consumerSurplusUsdM, producerSurplusUsdM, tariffRevenueUsdM, 0.0);
    }

    public double netUsdM() {
        return consumerSurplusUsdM + producerSurplusUsdM + tariffRevenueUsdM + quotaRentUsdM;
    }
}
