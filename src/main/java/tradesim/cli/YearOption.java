package tradesim.cli;

import tradesim.model.Horizon;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.scenario.LoadedScenario;

/** The {@code --year YYYY} option: a calendar year the scenario's horizon covers. */
final class YearOption {

    private YearOption() {
    }

    static void check(LoadedScenario ls, int year) throws InputException {
        Horizon h = ls.scenario().horizon();
        int first = h.start().getYear();
        int last = h.end().getYear();
        if (year < first || year > last) {
            throw new InputException(Problem.ofFile("--year", "year " + year + " is outside the horizon of "
                    + ls.scenario().name() + " (found " + year + ", expected a year from " + first + " to " + last
                    + ")"));
        }
    }
}
