package org.rapport.pipeline;

import java.util.Objects;

/**
 * A step of a pipeline. Its position is its place in {@link Pipeline#stages()}.
 *
 * @param id          the stage's id; 0 for a stage not saved yet
 * @param name        shown as the board column's title
 * @param probability the default win probability in percent (0-100) of opportunities in it; won stages have 100,
 *                    lost stages 0
 * @param kind        open, won or lost
 */
public record Stage(long id, String name, int probability, StageKind kind) {

    /** Checks the parts that are never optional; value ranges are checked when the pipeline is saved. */
    public Stage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A new open stage. */
    public static Stage open(String name, int probability) {
        return new Stage(0, name, probability, StageKind.OPEN);
    }

    /** The same stage with another name. */
    public Stage withName(String newName) {
        return new Stage(id, newName, probability, kind);
    }

    /** The same stage with another default probability. */
    public Stage withProbability(int newProbability) {
        return new Stage(id, name, newProbability, kind);
    }
}
