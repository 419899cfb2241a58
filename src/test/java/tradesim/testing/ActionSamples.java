package tradesim.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import tradesim.model.Action;
import tradesim.model.SafeguardTrigger;
import tradesim.model.Selector;
import tradesim.model.TariffChange;

/**
 * One sample of every kind of {@link Action} and {@link TariffChange}, for the tests that prove each
 * kind is handled everywhere: a kind handled by an empty or default visitor method still compiles,
 * but it fails those tests. Asking for the samples fails while a permitted kind has none, so a new
 * kind cannot slip past them either.
 *
 * <p>Every sample acts on Japan's beef imports from the United States ({@link Datasets#beef}) and
 * changes something there: a tariff, the purchase floor, the demand, the price, a safeguard or a quota.
 */
public final class ActionSamples {

    /** The end date of every sample action. */
    public static final LocalDate UNTIL = LocalDate.of(2019, 9, 1);

    private ActionSamples() {
    }

    /** One action of each kind, each ending on {@link #UNTIL}. */
    public static List<Action> everyKindOfAction() {
        Selector jpn = Selector.of("JPN");
        Selector usa = Selector.of("USA");
        Selector beef = Selector.of("beef");
        Optional<LocalDate> until = Optional.of(UNTIL);
        return covering(Action.class, List.of(
                new Action.Tariff(jpn, usa, beef, new TariffChange.Set(50), until),
                new Action.Purchase(jpn, usa, beef, 2500, until),
                new Action.DemandShift(jpn, beef, 10, until),
                new Action.PriceShift(usa, beef, -10, until),
                new Action.Safeguard("beef_sg", jpn, usa, beef, 4, List.of(new SafeguardTrigger(usa,
                        new SafeguardTrigger.ValueUsdM(1800))), 50, OptionalInt.of(3), until),
                new Action.Trq("beef_q", jpn, usa, beef, new Action.Quota(1500, Action.QuantityUnit.USD_M), 20,
                        Action.RentHolder.IMPORTER, until)));
    }

    /** One tariff change of each kind; each moves a 38.5% rate in its first month. */
    public static List<TariffChange> everyKindOfChange(LocalDate start) {
        return covering(TariffChange.class, List.of(
                new TariffChange.Set(50),
                new TariffChange.Add(25),
                new TariffChange.AtLeast(45),
                new TariffChange.Schedule(List.of(new TariffChange.Schedule.Step(start, 30),
                        new TariffChange.Schedule.Step(start.plusMonths(3), 20))),
                new TariffChange.Phase(9, 2)));
    }

    private static <T> List<T> covering(Class<T> sealed, List<T> samples) {
        Set<Class<?>> have = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        List<String> missing = Arrays.stream(sealed.getPermittedSubclasses()).filter(k -> !have.contains(k))
                .map(Class::getName).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("no sample of " + String.join(", ", missing) + ": add one to ActionSamples, "
                    + "then handle it wherever the tests using it fail");
        }
        return samples;
    }
}
