package org.rapport.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * Automatic polling of the feed sources, each on its own schedule, in Eclipse jobs (one job per due source, shown in
 * the Progress view). An OSGi service that starts polling when it is first got, and stops when its bundle stops: the
 * workbench gets it at start-up; {@code rapport-cli} and tests never do, so they poll only when told to
 * ({@link SourceService#poll}, {@code rapport-cli feed poll}).
 * <p>
 * Users switch it off with the preference {@value #PREF_AUTOMATIC} of node {@value #PREF_NODE} ({@code false}; IT in
 * {@code plugin_customization.ini}: {@code org.rapport.feed/polling.automatic=false}), a launch with the system property
 * {@value #PROPERTY_AUTOMATIC}{@code =false}.
 */
public interface FeedPolling {

    /** The preference node. */
    String PREF_NODE = "org.rapport.feed";
    /** The preference that switches automatic polling on (default) or off. */
    String PREF_AUTOMATIC = "polling.automatic";
    /** The system property that switches automatic polling off when {@code false}. */
    String PROPERTY_AUTOMATIC = "rapport.feed.polling";

    /** Whether sources are polled automatically now (neither the preference nor the system property says no). */
    boolean isAutomatic();

    /** When the earliest source falls due, if automatic polling is on and a source is not paused. */
    Optional<Instant> nextPoll();
}
