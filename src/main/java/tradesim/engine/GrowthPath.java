package tradesim.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import tradesim.model.Growth;
import tradesim.model.ParameterRule;

/**
 * Demand and supply growth factors from {@code growth.csv}: a rate g % a year compounds to
 * (1 + g/100)^τ with τ = years since the start of the base year, counted in months
 * (2018-01 is τ = 1 for base year 2017), so zero growth, or a period in the base year's January,
 * gives exactly 1. The most specific row wins: (country, product), (country, *), (*, product), (*, *).
 */
final class GrowthPath {

    private final List<Growth> rows;
    private final int baseYear;

    GrowthPath(List<Growth> rows, int baseYear) {
        this.rows = List.copyOf(rows);
        this.baseYear = baseYear;
    }

    double demandFactor(YearMonth period, String country, String product) {
        return factor(period, rate(country, product, Growth::demandGrowthPct));
    }

    double supplyFactor(YearMonth period, String country, String product) {
        return factor(period, rate(country, product, Growth::supplyGrowthPct));
    }

    private double factor(YearMonth period, double ratePct) {
        if (ratePct == 0.0) return 1.0;
        double years = (period.getYear() - baseYear) + (period.getMonthValue() - 1) / 12.0;
        return Math.pow(1.0 + ratePct / 100.0, years);
    }

    private double rate(String country, String product, Function<Growth, OptionalDouble> which) {
        String any = ParameterRule.ANY;
        String[][] order = {{country, product}, {country, any}, {any, product}, {any, any}};
        for (String[] key : order) {
            for (Growth g : rows) {
                if (g.country().equals(key[0]) && g.product().equals(key[1]) && which.apply(g).isPresent()) {
                    return which.apply(g).getAsDouble();
                }
            }
        }
        return 0.0;
    }
}
