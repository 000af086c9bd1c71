package org.rapport.community;

import java.util.Locale;
import java.util.Objects;

/**
 * A kind of activity and how much it weighs in the scores. Rapport ships defaults (see
 * {@link ActivityService#types()}); a community manager may change names and weights and add types.
 *
 * @param key    stable key, lower case with dashes: {@code post}, {@code reply}, {@code talk}, ...
 * @param name   the name shown
 * @param pillar the pillar activities of this type belong to
 * @param weight points one activity of this type gives (0 counts it without weight)
 */
public record ActivityType(String key, String name, Pillar pillar, double weight) {

    /** Checks and normalises the key. */
    public ActivityType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(pillar, "pillar");
        key = key.trim().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? key : name.trim();
        if (key.isEmpty() || weight < 0 || Double.isNaN(weight) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("an activity type needs a key and a weight of 0 or more: " + key);
        }
    }

    /** A copy with another weight. */
    public ActivityType withWeight(double weight) {
        return new ActivityType(key, name, pillar, weight);
    }
}
