package tradesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tradesim.model.Action;
import tradesim.model.Event;
import tradesim.model.Outcome;
import tradesim.model.TariffChange;

/**
 * The reader turns words into records, which no visitor can check: a kind of action the model has
 * but ActionReader cannot read compiles fine. So the scenario that exercises every feature must hold
 * one of every kind of action and tariff change, read from YAML.
 */
class EveryActionKindIsReadTest {

    @Test
    void theRichScenarioReadsEveryKindOfActionAndTariffChange() throws Exception {
        List<Action> actions = new ArrayList<>();
        for (Event e : ScenarioLoader.load(ScenarioLoaderTest.RICH, Optional.empty()).scenario().events()) {
            actions.addAll(e.actions());
            for (Outcome o : e.outcomes()) actions.addAll(o.actions());
        }
        assertEquals(names(Action.class.getPermittedSubclasses()),
                names(actions.stream().map(Object::getClass).toArray(Class<?>[]::new)),
                "every kind of action, read from " + ScenarioLoaderTest.RICH);
        List<Class<?>> changes = new ArrayList<>();
        for (Action a : actions) {
            if (a instanceof Action.Tariff t) changes.add(t.change().getClass());
        }
        assertEquals(names(TariffChange.class.getPermittedSubclasses()), names(changes.toArray(Class<?>[]::new)),
                "every kind of tariff change, read from " + ScenarioLoaderTest.RICH);
    }

    private static Set<String> names(Class<?>[] kinds) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(kinds).map(Class::getSimpleName).forEach(out::add);
        return out;
    }
}
