package org.rapport.feed.internal.sources;

import java.util.ArrayList;
import java.util.List;

import org.rapport.feed.sources.ParseProblem;

/** Collects the items of one document that were skipped, with where they are. */
public final class ItemProblems {

    private final String origin;
    private final List<ParseProblem> problems = new ArrayList<>();

    /** Problems of the content from {@code origin} (a file name or URL). */
    public ItemProblems(String origin) {
        this.origin = origin;
    }

    /** Records an item that was skipped. */
    public void add(String where, String field, String message) {
        problems.add(new ParseProblem(origin, where, field, message));
    }

    /** What was recorded. */
    public List<ParseProblem> list() {
        return problems;
    }

    /** The origin. */
    public String origin() {
        return origin;
    }
}
