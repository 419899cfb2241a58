package tradesim.model;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: carries every problem found in one pass, so the user can fix them all at once. */
public final class InputException extends Exception {

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = problems.stream().sorted().toList();
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, sorted by file, line and column. */
    public List<Problem> problems() {
        return problems;
    }
}
