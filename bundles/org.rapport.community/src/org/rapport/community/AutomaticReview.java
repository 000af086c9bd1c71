package org.rapport.community;

import java.time.Instant;

/**
 * The periodic level review running by itself: a delayed service that starts when something gets it (the workbench
 * does; {@code rapport-cli} never, scripts run {@code community review}). A few minutes after it starts (a workbench
 * closed on the review day catches up), and every few hours after, it runs {@link ScoreService#reviewIfDue()}.
 */
public interface AutomaticReview {

    /** When the last automatic check ran, {@code null} before the first. */
    Instant lastCheck();
}
