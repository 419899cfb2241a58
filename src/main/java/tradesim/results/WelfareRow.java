package tradesim.results;

import java.time.YearMonth;

/**
 * Welfare change of one country in one product market in one period, scenario against baseline,
 * USD million a year (DESIGN.md, Welfare). Net = consumer surplus + tariff revenue (as importer)
 * + producer surplus (as exporter).
 */
public record WelfareRow(YearMonth period, String country, String product, double consumerSurplusUsdM,
                         double producerSurplusUsdM, double tariffRevenueUsdM) {

    public double netUsdM() {
        return consumerSurplusUsdM + producerSurplusUsdM + tariffRevenueUsdM;
    }
}
