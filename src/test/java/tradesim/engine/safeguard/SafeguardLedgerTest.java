package tradesim.engine.safeguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import tradesim.engine.constraint.ReportedFlows;

/**
 * The safeguard rules worked by hand. Monthly periods from 2020-01 to 2022-12 (index 0 = 2020-01);
 * the safeguard year starts in April. One flow (0, 0) with a quantity of 12 (USD million at base
 * prices, an annual rate) and 100 tonnes per unit, so 1,200 t a year, and 100 t counted each month.
 */
class SafeguardLedgerTest {

    private static final List<YearMonth> MONTHS = months(YearMonth.of(2020, 1), 36);

    private static List<YearMonth> months(YearMonth from, int n) {
        List<YearMonth> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(from.plusMonths(i));
        return out;
    }

    private static ReportedFlows flat(double quantity) {
        return new ReportedFlows() {
            @Override
            public double value(int m, int s) {
                return quantity;
            }

            @Override
            public double quantity(int m, int s) {
                return quantity;
            }
        };
    }

    private static SafeguardRule.Condition tonnesAbove(double threshold) {
        return new SafeguardRule.Condition(new int[] {0}, new int[] {0}, new double[] {100},
                SafeguardRule.Kind.VOLUME_T, threshold, 0);
    }

    private static SafeguardRule rule(OptionalInt months, List<SafeguardRule.Condition> conditions) {
        return new SafeguardRule("beef_sg", 4, 38.5, months, new int[] {0}, new int[] {0}, conditions, true, 0,
                MONTHS.size());
    }

    private static SafeguardLedger play(SafeguardRule rule, double quantity) {
        SafeguardLedger ledger = new SafeguardLedger(List.of(rule), MONTHS, 1);
        for (int t = 0; t < MONTHS.size(); t++) ledger.record(t, flat(quantity));
        return ledger;
    }

    @Test
    void triggersInTheMonthTheCountPassesTheThresholdAndActsFromTheNext() {
        // Safeguard year 2019 (2019-04..2020-03) has only Jan–Mar 2020 in the horizon: 300 t ≤ 650.
        // Safeguard year 2020: Apr 100, May 200, Jun 300, Jul 400, Aug 500, Sep 600, Oct 700 > 650,
        // so it triggers at the end of 2020-10 (index 9) and, with months: 1, applies to the one period
        // starting in [2020-11-01, 2020-12-01): 2020-11 (index 10).
        SafeguardLedger l = play(rule(OptionalInt.of(1), List.of(tonnesAbove(650))), 12);
        assertTrue(l.trigger(0, 2019).isEmpty());
        SafeguardLedger.Trigger t = l.trigger(0, 2020).orElseThrow();
        assertEquals(9, t.period());
        assertEquals(10, t.from());
        assertEquals(11, t.until());
        assertEquals(38.5, l.snapBackPct(10, 0, 0));
        assertEquals(Double.NEGATIVE_INFINITY, l.snapBackPct(11, 0, 0));
        assertEquals(Double.NEGATIVE_INFINITY, l.snapBackPct(9, 0, 0));
        // Safeguard year 2021 starts again from zero: October 2021 (index 21).
        assertEquals(21, l.trigger(0, 2021).orElseThrow().period());
    }

    @Test
    void withoutMonthsItAppliesToTheEndOfTheSafeguardYearAndOnlyOnce() {
        // Triggered at the end of 2020-10; applies 2020-11 to 2021-03 (indices 10..14); the count keeps
        // rising past the threshold but there is no second trigger in safeguard year 2020.
        SafeguardLedger l = play(rule(OptionalInt.empty(), List.of(tonnesAbove(650))), 12);
        SafeguardLedger.Trigger t = l.trigger(0, 2020).orElseThrow();
        assertEquals(10, t.from());
        assertEquals(15, t.until());
        assertEquals(38.5, l.snapBackPct(14, 0, 0));
        assertEquals(Double.NEGATIVE_INFINITY, l.snapBackPct(15, 0, 0));
    }

    @Test
    void everyConditionMustHoldIncludingAbovePreviousYear() {
        // Safeguard year 2020's previous year starts 2019-04, before the horizon, so its bar is the
        // base-year amount, 1,300 t. At 100 t a month, year 2020 counts 1,200 t in all: never above
        // 1,300, so no trigger; year 2021's bar is year 2020's 1,200 t, and 2021 also counts 1,200 t,
        // which is not strictly above it: no trigger either.
        SafeguardRule.Condition above = new SafeguardRule.Condition(new int[] {0}, new int[] {0},
                new double[] {100}, SafeguardRule.Kind.ABOVE_PREVIOUS_YEAR, 0, 1300);
        SafeguardLedger flat = play(rule(OptionalInt.empty(), List.of(tonnesAbove(650), above)), 12);
        assertTrue(flat.trigger(0, 2020).isEmpty());
        assertTrue(flat.trigger(0, 2021).isEmpty());
        // With 1,560 t a year (130 t a month) the 2020 count passes 1,300 in its 11th month (1,430 t at
        // the end of 2021-02, index 13) and the volume threshold long before: trigger at index 13.
        SafeguardLedger rising = play(rule(OptionalInt.empty(), List.of(tonnesAbove(650), above)), 15.6);
        assertEquals(13, rising.trigger(0, 2020).orElseThrow().period());
    }

    @Test
    void aSafeguardOutOfForceNeitherTriggersNorApplies() {
        SafeguardRule late = new SafeguardRule("beef_sg", 4, 38.5, OptionalInt.empty(), new int[] {0},
                new int[] {0}, List.of(tonnesAbove(650)), true, 12, MONTHS.size());
        SafeguardLedger l = new SafeguardLedger(List.of(late), MONTHS, 1);
        for (int t = 0; t < MONTHS.size(); t++) l.record(t, flat(12));
        // in force from 2021-01 (index 12): the 2020 count passed 650 in October 2020, while out of
        // force, and first holds in force at the end of 2021-01, so it triggers there
        assertEquals(12, l.trigger(0, 2020).orElseThrow().period());
        assertEquals(Double.NEGATIVE_INFINITY, l.snapBackPct(12, 0, 0));
        assertEquals(38.5, l.snapBackPct(13, 0, 0));
    }

    @Test
    void aTriggeredSnapBackRunsItsCoursePastTheActionsEnd() {
        // In force for periods 0..13 only (until 2021-03, index 14). Year 2020 triggers at the end of
        // 2020-10 (index 9) and would for 3 months; a second trigger, year 2020 again, cannot come.
        // A rule ending at index 11 still applies its 3 months, indices 10..12, past its end.
        SafeguardRule shortLived = new SafeguardRule("beef_sg", 4, 38.5, OptionalInt.of(3), new int[] {0},
                new int[] {0}, List.of(tonnesAbove(650)), true, 0, 11);
        SafeguardLedger l = new SafeguardLedger(List.of(shortLived), MONTHS, 1);
        for (int t = 0; t < MONTHS.size(); t++) l.record(t, flat(12));
        SafeguardLedger.Trigger tr = l.trigger(0, 2020).orElseThrow();
        assertEquals(9, tr.period());
        assertEquals(13, tr.until());
        for (int t = 10; t < 13; t++) assertEquals(38.5, l.snapBackPct(t, 0, 0));
        assertEquals(Double.NEGATIVE_INFINITY, l.snapBackPct(13, 0, 0));
        assertTrue(l.trigger(0, 2021).isEmpty(), "out of force, it never triggers again");
    }
}
