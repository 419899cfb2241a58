package tradesim.input;

import java.util.ArrayList;
import java.util.List;

import tradesim.model.InputException;
import tradesim.model.Problem;

/** The problems found so far in one loading pass; loaders keep going and report them all at the end. */
public final class ProblemCollector {

    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public void add(String file, int line, int column, String message) {
        found.add(new Problem(file, Math.max(1, line), Math.max(1, column), message));
    }

    public void addFile(String file, String message) {
        found.add(Problem.ofFile(file, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int count() {
        return found.size();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Throws one exception carrying every problem, if there is any. */
    public void throwIfAny() throws InputException {
        if (!found.isEmpty()) throw new InputException(List.copyOf(found));
    }
}
