package org.rapport.feed.internal;

import java.util.List;

import org.rapport.feed.Post;

/**
 * Told about posts stored for the first time, right after the chunk that wrote them committed: register a DS service
 * of this type inside the feed bundle (the negative-buzz detector does). Called on the storing thread (an import or a
 * poll job), once per chunk, with at most a few thousand posts; a listener that throws is logged and skipped, never
 * undoing the store. Posts that were stored before (an import or poll again) are not passed.
 */
public interface NewPostsListener {

    /**
     * Posts stored for the first time, in the order they were read, scored and matched.
     *
     * @param created the new posts
     */
    void postsStored(List<Post> created);
}
