package org.rapport.community.ui.internal.pillars;

import java.time.Instant;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;

/**
 * The social feed's posts as the pillar views need them, without making the feed a requirement: the feed's package is
 * an optional import, and this is the only class that touches its types. {@link #find()} looks the service up by name
 * first, so this class is loaded only when the feed is installed.
 */
final class FeedPosts {

    private static final String SERVICE = "org.rapport.feed.FeedService";

    private final FeedService feed;

    private FeedPosts(Object feed) {
        this.feed = (FeedService) feed;
    }

    /** The feed's posts, or {@code null} when the social feed is not installed or not running. Any thread. */
    static FeedPosts find() {
        Bundle bundle = FrameworkUtil.getBundle(PillarList.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<?> reference = context == null ? null : context.getServiceReference(SERVICE);
        Object service = reference == null ? null : context.getService(reference);
        return service == null ? null : new FeedPosts(service);
    }

    /** The post with this id. */
    Optional<PostInfo> post(long id) {
        return feed.post(id).map(FeedPosts::info);
    }

    /** Marks a post's conversation answered. */
    void markAnswered(long postId) {
        feed.markAnswered(postId, true);
    }

    private static PostInfo info(Post p) {
        return new PostInfo(p.id(), p.network(), p.text(), p.published(), p.inReplyTo() != null, p.answered(),
                p.replies(), p.reposts(), p.likes());
    }

    /**
     * What the pillar views show of a feed post.
     *
     * @param id        the post's id in the feed
     * @param network   where it was posted
     * @param text      its text
     * @param published when
     * @param reply     whether it answers another post (else it starts a thread)
     * @param answered  whether its conversation was answered
     * @param replies   replies it drew
     * @param reposts   reposts it drew
     * @param likes     likes it drew
     */
    record PostInfo(long id, String network, String text, Instant published, boolean reply, boolean answered,
            int replies, int reposts, int likes) {
    }
}
