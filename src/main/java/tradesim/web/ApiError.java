package tradesim.web;

import java.util.List;

/** A request the server refuses: the HTTP status, a one-line summary and each problem in words. */
final class ApiError extends Exception {

    private final int status;
    private final List<String> problems;

    ApiError(int status, String error, List<String> problems) {
        super(error, null, false, false); // no stack trace is ever recorded, let alone sent
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    static ApiError badRequest(List<String> problems) {
        return new ApiError(400, problems.size() == 1 ? "the request has a problem" : "the request has "
                + problems.size() + " problems", problems);
    }

    static ApiError badRequest(String problem) {
        return badRequest(List.of(problem));
    }

    int status() {
        return status;
    }

    List<String> problems() {
        return problems;
    }
}
