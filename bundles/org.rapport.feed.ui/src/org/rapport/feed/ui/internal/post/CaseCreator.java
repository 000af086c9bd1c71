package org.rapport.feed.ui.internal.post;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.rapport.feed.Post;
import org.rapport.feed.ui.internal.FeedFormats;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseService;
import org.rapport.pipeline.cases.SupportCase;

/**
 * Opens a complaint case in the pipeline for a negative post of a known customer: channel social, the post's text and
 * address as its description, high priority when the post is very negative. Loaded only when the pipeline is
 * installed ({@link OptionalDomains#has}). Call from a background job.
 */
final class CaseCreator {

    /** A score at or below this makes the case high priority. */
    static final double VERY_NEGATIVE = -0.6;
    /** The most of the post's text copied into the description (the case keeps at most 4,000 characters). */
    static final int MAX_TEXT = 3_000;

    private CaseCreator() {
    }

    /** Saves the case; returns its id. */
    static long create(Post post) {
        if (post.authorPerson() == null) {
            throw new IllegalArgumentException("The post's author is not a contact: link them first.");
        }
        BundleContext context = OptionalDomains.context();
        ServiceReference<CaseService> reference = context.getServiceReference(CaseService.class);
        if (reference == null) {
            throw new IllegalStateException("The pipeline's cases are not available.");
        }
        CaseService cases = context.getService(reference);
        try {
            String subject = "Negative post on " + post.network() + ": " + FeedFormats.firstLine(post.text());
            String text = post.text().length() > MAX_TEXT ? post.text().substring(0, MAX_TEXT) + "\u2026" : post.text();
            String description = text + (post.url() == null ? "" : "\n\n" + post.url()) + "\n\nPosted "
                    + FeedFormats.when(post.published()) + " by " + FeedFormats.author(post.author()) + ", sentiment "
                    + FeedFormats.sentiment(post) + ".";
            SupportCase supportCase = new SupportCase(post.authorPerson(), CaseChannel.SOCIAL, "Social media",
                    post.sentiment() <= VERY_NEGATIVE ? CasePriority.HIGH : CasePriority.NORMAL,
                    subject.length() > 200 ? subject.substring(0, 199) + "\u2026" : subject, description);
            return cases.save(supportCase).getId();
        } finally {
            context.ungetService(reference);
        }
    }
}
