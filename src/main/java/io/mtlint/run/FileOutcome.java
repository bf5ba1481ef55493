package io.mtlint.run;

import io.mtlint.check.CheckResult;

/** One input of a run: either its check result or the reason it could not be checked. */
public record FileOutcome(String path, CheckResult result, String problem) {
    public boolean failed() {
        return problem != null;
    }

    /** The problem, naming the input once, whether or not the reason already starts with it. */
    public String describedProblem() {
        return problem == null || problem.startsWith(path + ":") ? problem : path + ": " + problem;
    }
}
