package tradesim.wording;


import java.util.ArrayList;
import java.util.List;
import tradesim.model.Action;
import tradesim.model.FlowKey;
import tradesim.model.SafeguardTrigger;
import tradesim.model.Selector;
import tradesim.model.TariffChange;

/**
 * An action told in words, for {@code explain} and the report alike:
 * <ul>
 * <li>"Tariff on beef from USA into JPN: set to 50%, until 2021-04-16"</li>
 * <li>"Purchase commitment: JPN buys at least USD 717.0 million a year of wheat from USA"</li>
 * <li>"Demand for beef in JPN shifts by +10.0%"</li>
 * <li>"Cost of cars from JPN shifts by −10.0% in US dollars (e.g. an exchange-rate move)"</li>
 * <li>"Safeguard beef_sg: once a safeguard year (from April), when imports from USA pass 242,000 t,
 *     JPN's tariff on beef from USA snaps back to at least 38.5% for 1 month"</li>
 * <li>"Tariff-rate quota wheat_q: JPN lets in 150,000 t a year of wheat from USA at 0%, …"</li>
 * </ul>
 * Countries and products are written as {@link Names} says: codes in plain text, the dataset's names
 * in the report.
 */
public final class ActionWords {

    private final Names names;

    public ActionWords(Names names) {
        this.names = names;
    }

    /** The whole action in one sentence, with its end date if it has one. */
    public String sentence(Action action) {
        return action.accept(sentences) + until(action);
    }

    /** ", until 2021-04-16", or nothing for an action with no end. */
    public String until(Action action) {
        return action.until().map(u -> ", until " + u).orElse("");
    }

    /** What a tariff change does to the rate in force: "set to 50%", "+25.0 points on top of the rate in force". */
    public String change(TariffChange change) {
        return change.accept(CHANGES);
    }

    /**
     * For a change that moves the rate again later, what its first rate is the first of:
     * " (first of 15 yearly steps to 9%)", " (first of 13 scheduled rates)"; nothing otherwise.
     */
    public String laterSteps(TariffChange change) {
        return change.accept(LATER_STEPS);
    }

    /** The rate on one flow before an action and once it applies: "USA→JPN beef: 38.5% → 50%". */
    public String rateOnFlow(FlowKey flow, String before, String after) {
        return names.flow(flow) + ": " + before + " → " + after;
    }

    /** "and 1 more flow", "and 4 more flows": the flows a list leaves out. */
    public static String moreFlows(int count) {
        return "and " + count + " more " + (count == 1 ? "flow" : "flows");
    }

    /** "Japan", "Australia and Canada", or "every country" for {@code *}. */
    public String countries(Selector selector) {
        return selector.isWildcard() ? "every country" : join(selector.codes().stream().map(names::country).toList());
    }

    /** "Beef", "Pork and Wheat", or "every product" for {@code *}. */
    public String products(Selector selector) {
        return selector.isWildcard() ? "every product" : join(selector.codes().stream().map(names::product).toList());
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private final Action.Visitor<String> sentences = new Action.Visitor<>() {
        @Override
        public String tariff(Action.Tariff t) {
            return "Tariff on " + products(t.product()) + " from " + countries(t.exporter()) + " into "
                    + countries(t.importer()) + ": " + change(t.change());
        }

        @Override
        public String purchase(Action.Purchase p) {
            return "Purchase commitment: " + countries(p.importer()) + " buys at least USD "
                    + NumberWords.usd(p.valueUsdM()) + " million a year of " + products(p.product()) + " from "
                    + countries(p.exporter());
        }

        @Override
        public String demandShift(Action.DemandShift d) {
            return "Demand for " + products(d.product()) + " in " + countries(d.market()) + " shifts by "
                    + NumberWords.changePct(d.percent());
        }

        @Override
        public String priceShift(Action.PriceShift p) {
            return "Cost of " + products(p.product()) + " from " + countries(p.exporter()) + " shifts by "
                    + NumberWords.changePct(p.percent()) + " in US dollars (e.g. an exchange-rate move)";
        }

        @Override
        public String safeguard(Action.Safeguard g) {
            List<String> conditions = new ArrayList<>();
            for (SafeguardTrigger t : g.triggers()) conditions.add(condition(t));
            return "Safeguard " + g.id() + ": once a safeguard year (from " + MONTHS[g.yearStart() - 1] + "), when "
                    + String.join(" and ", conditions) + ", " + countries(g.importer()) + "'s tariff on "
                    + products(g.product()) + " from " + countries(g.exporter()) + " snaps back to at least "
                    + NumberWords.rate(g.ratePct()) + (g.months().isPresent() ? " for " + months(g.months().getAsInt())
                    : " to the end of the safeguard year");
        }

        @Override
        public String trq(Action.Trq q) {
            return "Tariff-rate quota " + q.id() + ": " + countries(q.importer()) + " lets in " + quota(q.quota())
                    + " a year of " + products(q.product()) + " from " + countries(q.exporter()) + " at "
                    + NumberWords.rate(q.inQuotaPct()) + ", the rate in force above it; the quota rent goes to the "
                    + (q.rentTo() == Action.RentHolder.IMPORTER ? "importer" : "exporters");
        }
    };

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** "imports from USA pass 242,000 t", "imports from USA pass the previous safeguard year's". */
    private String condition(SafeguardTrigger t) {
        String who = "imports from " + countries(t.exporters()) + " pass ";
        SafeguardTrigger.Threshold th = t.threshold();
        if (th instanceof SafeguardTrigger.VolumeTonnes v) return who + NumberWords.tonnes(v.tonnes()) + " t";
        if (th instanceof SafeguardTrigger.ValueUsdM v) return who + "USD " + NumberWords.usd(v.usdM()) + " million";
        return who + "the previous safeguard year's";
    }

    private static String quota(Action.Quota q) {
        return q.unit() == Action.QuantityUnit.TONNES ? NumberWords.tonnes(q.amount()) + " t"
                : "USD " + NumberWords.usd(q.amount()) + " million";
    }

    private static String months(int n) {
        return n == 1 ? "1 month" : n + " months";
    }

    private static final TariffChange.Visitor<String> CHANGES = new TariffChange.Visitor<>() {
        @Override
        public String set(TariffChange.Set s) {
            return "set to " + NumberWords.rate(s.ratePct());
        }

        @Override
        public String add(TariffChange.Add a) {
            return NumberWords.signed(a.points()) + " points on top of the rate in force";
        }

        @Override
        public String atLeast(TariffChange.AtLeast f) {
            return "at least " + NumberWords.rate(f.ratePct()) + " (a floor: higher rates stay)";
        }

        @Override
        public String schedule(TariffChange.Schedule s) {
            List<String> steps = new ArrayList<>();
            for (TariffChange.Schedule.Step step : s.steps()) {
                steps.add(NumberWords.rate(step.ratePct()) + " from " + step.date());
            }
            return "schedule " + String.join(", ", steps);
        }

        @Override
        public String phase(TariffChange.Phase p) {
            return "phased to " + NumberWords.rate(p.toPct()) + " in " + p.years() + " equal yearly steps";
        }
    };

    private static final TariffChange.Visitor<String> LATER_STEPS = new TariffChange.Visitor<>() {
        @Override
        public String set(TariffChange.Set s) {
            return "";
        }

        @Override
        public String add(TariffChange.Add a) {
            return "";
        }

        @Override
        public String atLeast(TariffChange.AtLeast f) {
            return "";
        }

        @Override
        public String schedule(TariffChange.Schedule s) {
            return s.steps().size() == 1 ? "" : " (first of " + s.steps().size() + " scheduled rates)";
        }

        @Override
        public String phase(TariffChange.Phase p) {
            return p.years() == 1 ? "" : " (first of " + p.years() + " yearly steps to " + NumberWords.rate(p.toPct())
                    + ")";
        }
    };
}
