package org.rapport.core.events;

/**
 * OSGi EventAdmin topics that Rapport bundles post and listen to. Topics follow the EventAdmin convention
 * {@code org/rapport/<area>/<EVENT>}; a subscriber may use the wildcard {@code org/rapport/*}.
 */
public final class RapportTopics {

    /** Prefix of every Rapport topic. */
    public static final String ALL = "org/rapport/*";

    /**
     * Posted when a person's history changed; property {@link #PERSON_ID} names the person (a {@code Long}). Without
     * it, anyone's history may have changed (changes of other processes were missed in team mode): every open timeline
     * reads again.
     */
    public static final String TIMELINE_CHANGED = "org/rapport/timeline/CHANGED";

    /** Posted after demo data was loaded on first start; property {@link #DEMO_PROVIDERS} lists the provider names. */
    public static final String DEMO_DATA_LOADED = "org/rapport/demo/LOADED";

    /** Event property: the id of the person an event is about ({@code Long}). */
    public static final String PERSON_ID = "personId";

    /** Event property: the names of the demo-data providers that loaded data ({@code String[]}). */
    public static final String DEMO_PROVIDERS = "providers";

    private RapportTopics() {
    }
}
