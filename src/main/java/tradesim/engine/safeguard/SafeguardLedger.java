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
    /** Per rule and condition: safeguard year → amount counted so far (in the condition's unit). */
    private final List<List<Map<Integer, Double>>> counted = new ArrayList<>();
    /** Per rule and condition: safeguard year → amount in the above_previous_year unit. */
    private final List<List<Map<Integer, Double>>> comparable = new ArrayList<>();
    /** Per rule: safeguard year → the trigger, once it has happened. */
    private final List<Map<Integer, Trigger>> triggers = new ArrayList<>();

    /** A trigger at the end of period {@code period}, applying in periods [from, until). */
    public record Trigger(int safeguardYear, int period, int from, int until) {
    }

    public SafeguardLedger(List<SafeguardRule> rules, List<YearMonth> periods, int periodMonths) {
        this.rules = List.copyOf(rules);
        this.periods = List.copyOf(periods);
        this.periodMonths = periodMonths;
        for (SafeguardRule r : rules) {
            List<Map<Integer, Double>> c = new ArrayList<>();
            List<Map<Integer, Double>> p = new ArrayList<>();
            for (int i = 0; i < r.conditions().size(); i++) {
                c.add(new HashMap<>());
                p.add(new HashMap<>());
            }
            counted.add(c);
            comparable.add(p);
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

    /** Adds period t's reported flows to the counts and decides the triggers at its end. */
    public void record(int t, ReportedFlows reported) {
        YearMonth month = periods.get(t);
        double weight = periodMonths / 12.0;
        for (int r = 0; r < rules.size(); r++) {
            SafeguardRule rule = rules.get(r);
            int year = safeguardYear(month, rule.yearStart());
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
                double so = counted.get(r).get(c).merge(year, own, Double::sum);
                double sc = comparable.get(r).get(c).merge(year, cmp, Double::sum);
                all &= holds(r, c, cond, year, so, sc);
            }
            if (all && rule.activeIn(t) && !triggers.get(r).containsKey(year)) {
                triggers.get(r).put(year, new Trigger(year, t, t + 1, untilIndex(rule, t, year)));
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
        return comparable.get(r).get(c).getOrDefault(year - 1, 0.0);
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
