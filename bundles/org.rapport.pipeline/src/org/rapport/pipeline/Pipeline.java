package org.rapport.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales process: ordered stages, the open ones first, then one won and one lost stage.
 *
 * @param id      the pipeline's id; 0 for one not saved yet
 * @param version the optimistic-lock version it was read at; 0 when new
 * @param name    e.g. "New business"
 * @param stages  in board order
 */
public record Pipeline(long id, int version, String name, List<Stage> stages) {

    /** Copies the stage list. */
    public Pipeline {
        Objects.requireNonNull(name, "name");
        stages = List.copyOf(stages);
    }

    /** A new pipeline with the given open stages and "Won" / "Lost" stages after them. */
    public static Pipeline create(String name, List<Stage> openStages) {
        List<Stage> all = new java.util.ArrayList<>(openStages);
        all.add(new Stage(0, "Won", 100, StageKind.WON));
        all.add(new Stage(0, "Lost", 0, StageKind.LOST));
        return new Pipeline(0, 0, name, all);
    }

    /** The stage with this id, or empty. */
    public Optional<Stage> stage(long stageId) {
        return stages.stream().filter(s -> s.id() == stageId).findFirst();
    }

    /** The first open stage, where new opportunities start. */
    public Stage firstStage() {
        return stages.stream().filter(s -> s.kind() == StageKind.OPEN).findFirst()
                .orElseThrow(() -> new IllegalStateException("pipeline '" + name + "' has no open stage"));
    }

    /** The closed-won stage. */
    public Stage wonStage() {
        return stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst()
                .orElseThrow(() -> new IllegalStateException("pipeline '" + name + "' has no won stage"));
    }

    /** The closed-lost stage. */
    public Stage lostStage() {
        return stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst()
                .orElseThrow(() -> new IllegalStateException("pipeline '" + name + "' has no lost stage"));
    }

    /** The same pipeline with other stages (for an editor). */
    public Pipeline withStages(List<Stage> newStages) {
        return new Pipeline(id, version, name, newStages);
    }

    /** The same pipeline with another name. */
    public Pipeline withName(String newName) {
        return new Pipeline(id, version, newName, stages);
    }
}
