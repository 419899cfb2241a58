package tradesim.engine.safeguard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tradesim.engine.constraint.ReportedFlows;

/**
 * Plays the safeguards of one product market out over one world's periods (docs/model.md,
 * Safeguards). Period by period it adds the reported flows to each condition's count for the
 * current safeguard year (annual rate × period months / 12); when every condition of a safeguard
 * holds at the end of a period, and it has not triggered in that safeguard year, the paying flows'
 * rate becomes max(rate in force, safeguard rate) in every period that starts in
 * [end of that period, end of that period + months), or to the end of the safeguard year.
 * The trigger is decided from flows up to t and acts from t + 1, so the ledger is read before a
 * period is solved and written after.
 */
public final class SafeguardLedger {

    private final List<SafeguardRule> rules;
    private final List<YearMonth> periods;
    private final int periodMonths;
    /** The safeguard year of index 0 in the arrays below: the year before the horizon's first. */
    private final int firstYear;
    /** [rule][condition][year − firstYear] amount counted so far, in the condition's unit. */
    private final double[][][] counted;
    /** [rule][condition][year − firstYear] the same flows' amount in the above_previous_year unit. */
    private final double[][][] comparable;
    /** Per rule: safeguard year → the trigger, once it has happened. */
    private final List<Map<Integer, Trigger>> triggers = new ArrayList<>();
    /** Whether any rule has triggered yet: until then no rate snaps back, and the lookup is skipped. */
    private boolean anyTriggered;
    /** [t] whether some trigger's snap-back covers period t. */
    private final boolean[] snaps;

    /** A trigger at the end of period {@code period}, applying in periods [from, until). */
    public record Trigger(int safeguardYear, int period, int from, int until) {
    }

    public SafeguardLedger(List<SafeguardRule> rules, List<YearMonth> periods, int periodMonths) {
        this.rules = List.copyOf(rules);
        this.periods = List.copyOf(periods);
        this.periodMonths = periodMonths;
        this.firstYear = periods.get(0).getYear() - 1;
        this.snaps = new boolean[periods.size()];
        int years = periods.get(periods.size() - 1).getYear() - firstYear + 1;
        this.counted = new double[rules.size()][][];
        this.comparable = new double[rules.size()][][];
        for (int r = 0; r < rules.size(); r++) {
            int n = rules.get(r).conditions().size();
            counted[r] = new double[n][years];
            comparable[r] = new double[n][years];
            triggers.add(new HashMap<>());
        }
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    public List<SafeguardRule> rules() {
        return rules;
    }

    /** The safeguard year (the calendar year it starts in) of a month. */
    public static int safeguardYear(YearMonth month, int yearStart) {
        return month.getMonthValue() >= yearStart ? month.getYear() : month.getYear() - 1;
    }

    /**
     * The highest snap-back rate in force on flow (m, s) in period t, percent, or −∞ when none is.
     * The rate in force becomes max(rate in force, this).
     */
    public double snapBackPct(int t, int m, int s) {
        double rate = Double.NEGATIVE_INFINITY;
        if (!anyTriggered) return rate;
        for (int r = 0; r < rules.size(); r++) {
            SafeguardRule rule = rules.get(r);
            if (!rule.activeIn(t) || !pays(rule, m, s)) continue;
            for (Trigger tr : triggers.get(r).values()) {
                if (t >= tr.from() && t < tr.until()) rate = Math.max(rate, rule.ratePct());
            }
        }
        return rate;
    }

    private static boolean pays(SafeguardRule rule, int m, int s) {
        for (int i = 0; i < rule.payMarket().length; i++) {
            if (rule.payMarket()[i] == m && rule.paySource()[i] == s) return true;
        }
        return false;
    }

    /** Whether some safeguard's snapped-back rate may apply in period t (then {@link #snapBackPct} says where). */
    public boolean snapsBackIn(int t) {
        return snaps[t];
    }

    /** Adds period t's reported flows to the counts and decides the triggers at its end. */
    public void record(int t, ReportedFlows reported) {
        YearMonth month = periods.get(t);
        double weight = periodMonths / 12.0;
        for (int r = 0; r < rules.size(); r++) {
            SafeguardRule rule = rules.get(r);
            if (t >= rule.activeUntil()) continue;   // out of force for good: its counts are never read again
            int year = safeguardYear(month, rule.yearStart());
            int y = year - firstYear;
            boolean all = true;
            for (int c = 0; c < rule.conditions().size(); c++) {
                SafeguardRule.Condition cond = rule.conditions().get(c);
                double own = 0;
                double cmp = 0;
                for (int i = 0; i < cond.market().length; i++) {
                    double value = reported.value(cond.market()[i], cond.source()[i]);
                    double tonnes = reported.quantity(cond.market()[i], cond.source()[i]) * cond.tonnesPerUnit()[i];
                    own += (cond.kind() == SafeguardRule.Kind.VOLUME_T ? tonnes : value) * weight;
                    cmp += (rule.countsTonnes() ? tonnes : value) * weight;
                }
                counted[r][c][y] += own;
                comparable[r][c][y] += cmp;
                all &= holds(r, c, cond, year, counted[r][c][y], comparable[r][c][y]);
            }
            if (all && rule.activeIn(t) && !triggers.get(r).containsKey(year)) {
                Trigger tr = new Trigger(year, t, t + 1, untilIndex(rule, t, year));
                triggers.get(r).put(year, tr);
                anyTriggered = true;
                for (int u = tr.from(); u < tr.until(); u++) snaps[u] = true;
            }
        }
    }

    private boolean holds(int r, int c, SafeguardRule.Condition cond, int year, double own, double cmp) {
        return switch (cond.kind()) {
            case VOLUME_T, VALUE_USD_M -> own > cond.threshold();
            case ABOVE_PREVIOUS_YEAR -> cmp > previousYearTotal(r, c, cond, year);
        };
    }

    /** The same exporters' total over the previous safeguard year; base-year flows for a year before the horizon. */
    private double previousYearTotal(int r, int c, SafeguardRule.Condition cond, int year) {
        YearMonth previousStart = YearMonth.of(year - 1, rules.get(r).yearStart());
        if (previousStart.isBefore(periods.get(0))) return cond.baseYearAmount();
        return comparable[r][c][year - 1 - firstYear];
    }

    /** First period index that starts at or after the snap-back's end. */
    private int untilIndex(SafeguardRule rule, int t, int year) {
        YearMonth endOfT = periods.get(t).plusMonths(periodMonths);
        YearMonth end = rule.months().isPresent() ? endOfT.plusMonths(rule.months().getAsInt())
                : YearMonth.of(year + 1, rule.yearStart());
        int u = t + 1;
        while (u < periods.size() && periods.get(u).isBefore(end)) u++;
        return u;
    }

    /** The trigger of a rule in a safeguard year, if it happened. */
    public Optional<Trigger> trigger(int rule, int safeguardYear) {
        return Optional.ofNullable(triggers.get(rule).get(safeguardYear));
    }
}
