package org.rapport.community.internal.score;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.AutomaticReview;
import org.rapport.community.ScoreService;

/**
 * Runs the periodic review by itself while the workbench runs: a few minutes after start and every few hours after,
 * {@link ScoreService#reviewIfDue()} on a daemon thread. Off when the framework property {@value #AUTO_REVIEW} is
 * {@code false}.
 */
@Component(service = AutomaticReview.class)
public class ReviewScheduler implements AutomaticReview {

    /** Framework property that turns the automatic review off. */
    public static final String AUTO_REVIEW = "rapport.community.review.auto";

    private static final long FIRST_DELAY_MINUTES = 3;
    private static final long EVERY_MINUTES = 6 * 60;

    private final ScoreService scores;
    private ScheduledExecutorService timer;
    private volatile Instant lastCheck;

    /** Used by DS. */
    @Activate
    public ReviewScheduler(@Reference ScoreService scores, BundleContext context) {
        this.scores = scores;
        if (!"false".equalsIgnoreCase(context.getProperty(AUTO_REVIEW))) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("community review")
                    .factory());
            timer.scheduleWithFixedDelay(this::reviewIfDue, FIRST_DELAY_MINUTES, EVERY_MINUTES, TimeUnit.MINUTES);
        }
    }

    @Override
    public Instant lastCheck() {
        return lastCheck;
    }

    private void reviewIfDue() {
        lastCheck = Instant.now();
        try {
            scores.reviewIfDue().ifPresent(summary -> ILog.of(ReviewScheduler.class).info("Community review as of "
                    + summary.asOf() + ": " + summary.downgrades() + " members moved down, " + summary.upgrades()
                    + " up"));
        } catch (RuntimeException e) { // the next run tries again; the scores stay as they were
            ILog.of(ReviewScheduler.class).log(Status.warning("The community review failed: " + e.getMessage(), e));
        }
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
