package tradesim.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import tradesim.engine.constraint.ConstraintSolver;
import tradesim.engine.constraint.QuantityConstraint;
import tradesim.engine.constraint.ReportedFlows;
import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.equilibrium.ProductMarket;
import tradesim.engine.safeguard.SafeguardLedger;
import tradesim.engine.safeguard.SafeguardRule;
import tradesim.engine.timeline.PolicyTimeline;
import tradesim.model.Action;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.SafeguardTrigger;
import tradesim.results.ConstraintRow;
import tradesim.results.SafeguardRow;

/**
 * Plays one world of one product period by period when its policy depends on its own flows
 * (docs/model.md, Quantity constraints and Safeguards). In each period t:
 * <ol>
 *   <li>the planned state, with every safeguard that triggered before t snapping its paying flows'
 *       rate back to max(rate in force, safeguard rate);</li>
 *   <li>each quota's covered flows pay the in-quota rate, the rate in force being the out-of-quota rate;</li>
 *   <li>{@link ConstraintSolver} finds the wedges that make the purchase floors and quotas hold on
 *       the reported flows;</li>
 *   <li>the reported flows of t (after partial adjustment in the scenario; the equilibrium flows in
 *       the baseline) are added to the safeguards' counts, which decide triggers for t + 1 on.</li>
 * </ol>
 * A world with none of these in force solves exactly the planned states, so its numbers are those
 * of the static path bit for bit.
 */
final class QuantityPlay {

    /** How the play gets equilibria: the state it keeps for period t, and trial states of a root search. */
    interface Solves {
        Equilibrium kept(PeriodState state, int t);

        Equilibrium trial(PeriodState state, int t);

        /** Keeps an equilibrium a trial already solved for exactly this state. */
        Equilibrium keep(Equilibrium solved, PeriodState state, int t);
    }

    /** A state a root search solved, and its equilibrium. */
    private record Trial(PeriodState state, Equilibrium eq) {
    }

    private final String scenarioName;
    private final ProductSetup ps;
    private final ProductMarket mk;
    private final Dataset dataset;
    private final PolicyTimeline timeline;
    private final List<YearMonth> periods;
    private final int periodMonths;
    private final int nm;
    private final int ns;
    /** Whether this world has any purchase floor or quota on the product at all. */
    private final boolean hasConstraints;

    QuantityPlay(String scenarioName, ProductSetup ps, Dataset dataset, PolicyTimeline timeline,
                 List<YearMonth> periods, int periodMonths) {
        this.scenarioName = scenarioName;
        this.ps = ps;
        this.mk = ps.market();
        this.dataset = dataset;
        this.timeline = timeline;
        this.periods = periods;
        this.periodMonths = periodMonths;
        this.nm = mk.marketCount();
        this.ns = mk.sourceCount();
        this.hasConstraints = timeline.constrains(ps.product());
    }

    /** Whether a purchase floor or a quota on the product is in force in period t. */
    private boolean constrainedIn(int t) {
        return !timeline.quotas(t, ps.product()).isEmpty() || timeline.hasPurchaseFloor(t, ps.product());
    }

    /**
     * Plays the world whose planned states are {@code planned}. With {@code baseline} null this is
     * the baseline world, whose reported flows are its equilibrium flows; otherwise the scenario,
     * whose flows adjust toward each period's equilibrium from {@code baseline}'s.
     */
    WorldPath play(PeriodState[] planned, WorldPath baseline, Solves solves, List<SafeguardRow> safeguardRows) {
        WorldPath w = new WorldPath(periods.size(), nm, ns);
        double[][] deviation = new double[nm][ns];
        double[][] share = new double[nm][ns];
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) share[m][s] = PartialAdjustment.share(ps.halfLife()[m][s], periodMonths);
        }
        List<SafeguardRule> rules = safeguardRules();
        SafeguardLedger ledger = new SafeguardLedger(rules, periods, periodMonths);
        double[] previousOwn = null;
        List<String> previousIds = List.of();
        for (int t = 0; t < periods.size(); t++) {
            // Most periods have no snapped-back rate and no constraint: then the planned state is solved as is.
            boolean snapsBack = ledger.snapsBackIn(t);
            boolean constrained = hasConstraints && constrainedIn(t);
            PeriodState state = planned[t];
            List<QuantityConstraint> constraints = List.of();
            if (snapsBack || constrained) {
                double[][] tariff = planned[t].tariff();
                for (int m = 0; m < nm && snapsBack; m++) {
                    for (int s = 0; s < ns; s++) {
                        double snapBack = ledger.snapBackPct(t, m, s);
                        if (snapBack > Double.NEGATIVE_INFINITY) {
                            tariff[m][s] = Math.max(tariff[m][s], snapBack / 100.0);
                        }
                    }
                }
                if (constrained) constraints = constraints(t, tariff);
                state = planned[t].withTariffs(tariff);
            }
            int period = t;
            ConstraintSolver.Solution solution = null;
            Trial lastTrial = null;
            if (!constraints.isEmpty()) {
                List<String> ids = ConstraintSolver.canonicalOrder(constraints).stream().map(QuantityConstraint::id)
                        .toList();
                double[] start = ids.equals(previousIds) ? previousOwn : null;
                PeriodState unwedged = state;
                Trial[] last = new Trial[1];
                try {
                    solution = ConstraintSolver.solve(constraints, nm, ns, wedge -> {
                        PeriodState trial = unwedged.withWedges(wedge);
                        Equilibrium e = solves.trial(trial, period);
                        last[0] = new Trial(trial, e);
                        return reported(e, period, baseline, deviation, share);
                    }, start);
                } catch (ConstraintSolver.UnreachableFloorException | ConstraintSolver.NoJointSolutionException e) {
                    throw new SimulationException("scenario " + scenarioName + ", product " + ps.product() + ", period "
                            + periods.get(t) + ": " + (baseline == null ? "in the baseline, " : "") + e.getMessage(), e);
                }
                state = state.withWedges(solution.wedge());
                lastTrial = last[0];
                previousOwn = solution.own();
                previousIds = ids;
            }
            Equilibrium eq = lastTrial != null && lastTrial.state().equals(state) ? solves.keep(lastTrial.eq(), state, t)
                    : solves.kept(state, t);
            w.state[t] = state;
            w.eq[t] = eq;
            record(w, t, eq, baseline, deviation, share);
            w.plainRevenue(t);
            if (solution != null) account(w, t, solution, baseline != null);
            if (!ledger.isEmpty()) ledger.record(t, w.reported(t));
        }
        if (safeguardRows != null) safeguardRows.addAll(safeguardRows(ledger));
        return w;
    }

    /** Where {@link #adjust} puts the flow of (market m, source s). */
    private interface FlowSink {
        void put(int m, int s, double quantity, double value);
    }

    /** The flows customs would record in period t from equilibrium {@code eq}, without moving the deviations. */
    private ReportedFlows reported(Equilibrium eq, int t, WorldPath baseline, double[][] deviation,
                                   double[][] share) {
        double[][] value = new double[nm][ns];
        double[][] quantity = new double[nm][ns];
        adjust(eq, t, baseline, deviation, share, false, (m, s, q, v) -> {
            quantity[m][s] = q;
            value[m][s] = v;
        });
        return new ReportedFlows() {
            @Override
            public double value(int m, int s) {
                return value[m][s];
            }

            @Override
            public double quantity(int m, int s) {
                return quantity[m][s];
            }
        };
    }

    /** Period t's reported flows into {@code w}, moving the deviations. */
    private void record(WorldPath w, int t, Equilibrium eq, WorldPath baseline, double[][] deviation,
                        double[][] share) {
        adjust(eq, t, baseline, deviation, share, true, (m, s, q, v) -> {
            int c = w.cell(t, m, s);
            w.quantity[c] = q;
            w.value[c] = v;
        });
    }

    /**
     * The reported flows of period t from equilibrium {@code eq}: its own flows in the baseline world
     * ({@code baseline} null), otherwise each flow one partial-adjustment step from {@code baseline}'s,
     * with the same arithmetic, in the same order, as {@link PartialAdjustment#flowPath}, so a world
     * where nothing binds matches it bit for bit. Flows whose baseline is zero are not put. With
     * {@code move} the stepped deviations are kept for the next period; without, they are left as they were.
     */
    private void adjust(Equilibrium eq, int t, WorldPath baseline, double[][] deviation, double[][] share,
                        boolean move, FlowSink sink) {
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) {
                if (baseline == null) {
                    sink.put(m, s, eq.quantity(m, s), eq.price(s) * eq.quantity(m, s));
                    continue;
                }
                double qB = baseline.eq[t].quantity(m, s);
                if (qB <= 0.0) continue;
                double d = PartialAdjustment.step(deviation[m][s], Math.log(eq.quantity(m, s) / qB), share[m][s]);
                if (move) deviation[m][s] = d;
                double e = Math.exp(d);
                sink.put(m, s, qB * e, eq.price(s) * qB * e);
            }
        }
    }

    /** The purchase floors and quotas in force in period t; sets each quota's covered flows to its in-quota rate. */
    private List<QuantityConstraint> constraints(int t, double[][] tariff) {
        List<QuantityConstraint> out = new ArrayList<>();
        String k = ps.product();
        for (int m = 0; m < nm && timeline.hasPurchaseFloor(t, k); m++) {
            String im = mk.markets().get(m);
            for (int s = 0; s < ns; s++) {
                String ex = mk.sources().get(s);
                if (ps.isDomestic(m, s) || mk.baseFlow(m, s) <= 0) continue;
                double floor = timeline.purchaseFloor(t, im, ex, k);
                if (floor > 0) {
                    out.add(new QuantityConstraint.PurchaseFloor("purchase:" + im + ":" + ex + ":" + k, m, s, floor,
                            tariff[m][s] * 100.0));
                }
            }
        }
        for (Action.Trq q : timeline.quotas(t, k)) {
            List<int[]> covered = new ArrayList<>();
            for (int m = 0; m < nm; m++) {
                for (int s = 0; s < ns; s++) {
                    if (ps.isDomestic(m, s) || mk.baseFlow(m, s) <= 0 || !q.importer().matches(mk.markets().get(m))
                            || !q.exporter().matches(mk.sources().get(s))) {
                        continue;
                    }
                    covered.add(new int[] {m, s});
                }
            }
            if (covered.isEmpty()) continue;
            int n = covered.size();
            int[] ms = new int[n];
            int[] ss = new int[n];
            double[] tonnes = new double[n];
            double[] outRate = new double[n];
            for (int i = 0; i < n; i++) {
                ms[i] = covered.get(i)[0];
                ss[i] = covered.get(i)[1];
                tonnes[i] = tonnesPerUnit(ms[i], ss[i]);
                outRate[i] = tariff[ms[i]][ss[i]] * 100.0;
                tariff[ms[i]][ss[i]] = q.inQuotaPct() / 100.0;
            }
            out.add(new QuantityConstraint.Quota(q.id(), ms, ss, q.quota().amount(), q.quota().unit(), tonnes,
                    q.inQuotaPct(), outRate, q.rentTo()));
        }
        return out;
    }

    /** Tonnes per USD million at base prices: 10⁶ / USD per tonne; 0 where the dataset has no unit value. */
    private double tonnesPerUnit(int m, int s) {
        OptionalDouble u = dataset.usdPerTonne(new FlowKey(mk.markets().get(m), mk.sources().get(s), ps.product()));
        return u.isPresent() ? 1e6 / u.getAsDouble() : 0.0;
    }

    /** Revenue under quotas, subsidies and rents of period t, and the scenario world's constraints.csv rows. */
    private void account(WorldPath w, int t, ConstraintSolver.Solution solution, boolean scenarioWorld) {
        ReportedFlows r = w.reported(t);
        List<QuantityConstraint> order = solution.constraints();
        for (int c = 0; c < order.size(); c++) {
            double own = solution.own()[c];
            QuantityConstraint k = order.get(c);
            if (k instanceof QuantityConstraint.PurchaseFloor p) {
                int cell = w.cell(t, p.market(), p.source());
                double v = w.value[cell];
                w.subsidy[cell] += own * v;
                if (scenarioWorld) {
                    w.constraints.add(new ConstraintRow(periods.get(t), p.id(), "purchase",
                            mk.markets().get(p.market()), mk.sources().get(p.source()), ps.product(), p.floorUsdM(), v,
                            "usd_m", own == 0 ? "slack" : "binding", -100.0 * own + 0.0, own * v));
                }
                continue;
            }
            QuantityConstraint.Quota q = (QuantityConstraint.Quota) k;
            double covered = q.covered(r);
            double rentTotal = 0;
            Set<String> importers = new LinkedHashSet<>();
            Set<String> exporters = new LinkedHashSet<>();
            for (int i = 0; i < q.market().length; i++) {
                int cell = w.cell(t, q.market()[i], q.source()[i]);
                double v = w.value[cell];
                double inQuota = covered > 0 ? Math.min(v, q.amount() * v / covered) : v;
                w.revenue[cell] = q.inQuotaPct() / 100.0 * inQuota + q.outQuotaPct()[i] / 100.0 * (v - inQuota);
                w.rent[cell] = own * inQuota;
                w.rentToExporter[cell] = q.rentTo() == Action.RentHolder.EXPORTER;
                rentTotal += own * inQuota;
                importers.add(mk.markets().get(q.market()[i]));
                exporters.add(mk.sources().get(q.source()[i]));
            }
            if (scenarioWorld) {
                String regime = covered <= q.amount() * (1 + ConstraintSolver.TOLERANCE) && own == 0 ? "unfilled"
                        : own >= q.upperBound() ? "over_quota" : "binding";
                w.constraints.add(new ConstraintRow(periods.get(t), q.id(), "trq", String.join(";", importers),
                        String.join(";", exporters), ps.product(), q.amount(), covered, q.unit().csv(), regime,
                        100.0 * own, rentTotal));
            }
        }
    }

    /** The world's safeguards on this product, resolved to flows and periods. */
    private List<SafeguardRule> safeguardRules() {
        List<SafeguardRule> rules = new ArrayList<>();
        for (PolicyTimeline.Span<Action.Safeguard> span : timeline.safeguards(ps.product())) {
            Action.Safeguard g = span.action();
            List<int[]> paying = flows(g.importer(), g.exporter(), false);
            List<SafeguardRule.Condition> conditions = new ArrayList<>();
            for (SafeguardTrigger trigger : g.triggers()) {
                List<int[]> counted = flows(g.importer(), trigger.exporters(), true);
                int n = counted.size();
                int[] ms = new int[n];
                int[] ss = new int[n];
                double[] tonnes = new double[n];
                double base = 0;
                for (int i = 0; i < n; i++) {
                    ms[i] = counted.get(i)[0];
                    ss[i] = counted.get(i)[1];
                    tonnes[i] = tonnesPerUnit(ms[i], ss[i]);
                    base += mk.baseFlow(ms[i], ss[i]) * (g.countsTonnes() ? tonnes[i] : 1.0);
                }
                SafeguardTrigger.Threshold th = trigger.threshold();
                SafeguardRule.Kind kind = th instanceof SafeguardTrigger.VolumeTonnes ? SafeguardRule.Kind.VOLUME_T
                        : th instanceof SafeguardTrigger.ValueUsdM ? SafeguardRule.Kind.VALUE_USD_M
                        : SafeguardRule.Kind.ABOVE_PREVIOUS_YEAR;
                double threshold = th instanceof SafeguardTrigger.VolumeTonnes v ? v.tonnes()
                        : th instanceof SafeguardTrigger.ValueUsdM v ? v.usdM() : 0;
                conditions.add(new SafeguardRule.Condition(ms, ss, tonnes, kind, threshold, base));
            }
            rules.add(new SafeguardRule(g.id(), g.yearStart(), g.ratePct(), g.months(),
                    paying.stream().mapToInt(f -> f[0]).toArray(), paying.stream().mapToInt(f -> f[1]).toArray(),
                    conditions, g.countsTonnes(), span.start(), span.end()));
        }
        return rules;
    }

    /** The cross-border (market, source) pairs the selectors pick; with {@code traded}, only those with base trade. */
    private List<int[]> flows(tradesim.model.Selector importer, tradesim.model.Selector exporter, boolean traded) {
        List<int[]> out = new ArrayList<>();
        for (int m = 0; m < nm; m++) {
            if (!importer.matches(mk.markets().get(m))) continue;
            for (int s = 0; s < ns; s++) {
                if (ps.isDomestic(m, s) || !exporter.matches(mk.sources().get(s))) continue;
                if (traded && mk.baseFlow(m, s) <= 0) continue;
                out.add(new int[] {m, s});
            }
        }
        return out;
    }

    /** One row per safeguard and safeguard year in which it was in force within the horizon. */
    private List<SafeguardRow> safeguardRows(SafeguardLedger ledger) {
        List<SafeguardRow> out = new ArrayList<>();
        for (int r = 0; r < ledger.rules().size(); r++) {
            SafeguardRule rule = ledger.rules().get(r);
            Set<Integer> years = new LinkedHashSet<>();
            for (int t = Math.max(0, rule.activeFrom()); t < Math.min(periods.size(), rule.activeUntil()); t++) {
                years.add(SafeguardLedger.safeguardYear(periods.get(t), rule.yearStart()));
            }
            for (int year : years) {
                Optional<SafeguardLedger.Trigger> tr = ledger.trigger(r, year);
                Optional<YearMonth> at = tr.map(x -> periods.get(x.period()));
                Optional<YearMonth> from = tr.filter(x -> x.from() < Math.min(x.until(), periods.size()))
                        .map(x -> periods.get(x.from()));
                Optional<YearMonth> until = tr.filter(x -> x.from() < Math.min(x.until(), periods.size()))
                        .map(x -> periods.get(Math.min(x.until(), periods.size()) - 1));
                out.add(new SafeguardRow(rule.id(), year, at, from, until));
            }
        }
        return out;
    }
}
