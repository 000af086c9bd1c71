package org.rapport.feed.internal.sources.mastodon;

import java.net.URI;

import org.rapport.feed.internal.sources.JsonContent;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedHttp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may read an instance's hashtag timelines, from {@code configuration.timelines_access.hashtag_feeds} of
 * {@code /api/v2/instance} (Mastodon 4.5+): {@code local} and {@code remote} posts are each {@code public},
 * {@code authenticated} or {@code disabled}. Older instances do not say; then the timeline is simply tried.
 *
 * @param local  access to the instance's own posts
 * @param remote access to posts from other instances
 */
record TimelinesAccess(String local, String remote) {

    static final String PUBLIC = "public";

    static TimelinesAccess read(FeedHttp http, URI base, String instance) throws FeedException {
        URI info = base.resolve("/api/v2/instance");
        JsonNode root;
        try {
            root = JsonContent.read(http.get(info, null, null, MastodonSourceType.JSON).body(), info.toString(),
                    "a Mastodon instance description");
        } catch (FeedException e) {
            if (e.kind() == Kind.NOT_FOUND || e.kind() == Kind.HTTP_STATUS || e.kind() == Kind.MALFORMED) {
                return new TimelinesAccess(PUBLIC, PUBLIC); // before 4.0, or not saying: try the timeline
            }
            throw e;
        }
        JsonNode feeds = root.path("configuration").path("timelines_access").path("hashtag_feeds");
        String local = JsonContent.text(feeds, "local");
        String remote = JsonContent.text(feeds, "remote");
        return new TimelinesAccess(local == null ? PUBLIC : local, remote == null ? PUBLIC : remote);
    }

    /**
     * The query part that limits the timeline to what may be read without a login.
     *
     * @throws FeedException LOGIN_REQUIRED when neither local nor remote posts are public
     */
    String hashtagScope(MastodonLocation where) throws FeedException {
        boolean localOpen = PUBLIC.equals(local);
        boolean remoteOpen = PUBLIC.equals(remote);
        if (localOpen && remoteOpen) {
            return "";
        }
        if (localOpen) {
            return "&local=true";
        }
        if (remoteOpen) {
            return "&remote=true";
        }
        String why = "disabled".equals(local) && "disabled".equals(remote) ? "has turned hashtag timelines off"
                : "requires a login to read hashtag timelines";
        throw new FeedException(Kind.LOGIN_REQUIRED, "The instance " + where.instance() + " " + why
                + " (timelines_access: local " + local + ", remote " + remote + "), so " + where.displayName()
                + " cannot be read without an account there");
    }
}
