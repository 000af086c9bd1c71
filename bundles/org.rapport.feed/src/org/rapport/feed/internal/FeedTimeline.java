package org.rapport.feed.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.ObjectLink;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;

/**
 * Puts a contact's social posts into their timeline: what they posted, and posts that mention them, each with its
 * network, sentiment and the start of its text. Reads at most the query's limit, newest first, in the query's window.
 */
@Component(service = TimelineContributor.class)
public class FeedTimeline implements TimelineContributor {

    static final String BUNDLE = "org.rapport.feed";
    /** Link type of a stored post, for {@link ObjectLink}. */
    public static final String POST = "feed.post";
    private static final int TITLE_TEXT = 80;

    private final FeedUnit unit;

    @Activate
    public FeedTimeline(@Reference FeedUnit unit) {
        this.unit = unit;
    }

    @Override
    public String sourceName() {
        return "Social Feed";
    }

    @Override
    public List<TimelineEntry> entries(TimelineQuery query) {
        PostQuery posts = new PostQuery(null, null, null, query.personId(), false, false,
                query.from().equals(java.time.Instant.MIN) ? null : query.from(),
                query.to().equals(java.time.Instant.MAX) ? null : query.to());
        List<TimelineEntry> entries = new ArrayList<>();
        for (Post post : unit.read(em -> PostReads.page(em, posts, 0, query.limit()))) {
            boolean own = post.authorPerson() != null && post.authorPerson().id() == query.personId();
            String network = network(post.network());
            String title = own ? "Posted on " + network + ": " + excerpt(post.text())
                    : "Mentioned on " + network + " by " + post.author().label() + ": " + excerpt(post.text());
            String detail = post.label().name().toLowerCase(Locale.ROOT) + " (" + String.format(Locale.ROOT, "%+.2f",
                    post.sentiment()) + ")" + (post.answered() ? ", answered" : "") + ". " + post.text()
                    + (post.url() == null ? "" : "\n" + post.url());
            entries.add(new TimelineEntry(post.published(), own ? "social-post" : "social-mention", title, detail,
                    BUNDLE, new ObjectLink(POST, Long.toString(post.id()))));
        }
        return entries.stream().filter(e -> query.covers(e.when()))
                .sorted(Comparator.comparing(TimelineEntry::when).reversed()).limit(query.limit()).toList();
    }

    private static String network(String network) {
        return switch (network) {
            case "mastodon" -> "Mastodon";
            case "bluesky" -> "Bluesky";
            case "rss" -> "a feed";
            default -> network;
        };
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= TITLE_TEXT ? line : line.substring(0, TITLE_TEXT - 1) + '\u2026';
    }
}
