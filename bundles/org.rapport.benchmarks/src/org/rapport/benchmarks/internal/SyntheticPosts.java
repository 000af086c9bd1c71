package org.rapport.benchmarks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;

/**
 * Posts as the Mastodon and Bluesky source types return them, generated from their index (the same index gives the
 * same post, so the product run and the raw JDBC run write the same rows): 20,000 authors, one post in ten
 * mentioning someone, a third of them replies to an earlier post, one or two hashtags, a raw JSON payload of about
 * 700 characters, social-media wording with every sentiment. One author in ten is a known contact ({@link #contacts}).
 */
final class SyntheticPosts {

    static final int AUTHORS = 20_000;
    private static final String[] WORDS = { "the", "new", "bike", "app", "coffee", "store", "today", "delivery",
            "order", "support", "team", "really", "just", "again", "my", "for", "with", "and", "is", "was", "this",
            "love", "great", "awesome", "thanks", "happy", "nice", "terrible", "broken", "late", "worst", "refund",
            "not", "very", "so", "never", "always", "but", "still", "waiting", "fast", "slow", "price", "service",
            "!", "?", ":)", ":(", "LOL", "\uD83D\uDE00", "\uD83D\uDE21" };
    private static final String[] TAGS = { "bikes", "coffee", "travel", "support", "outdoor", "deals", "citylife" };

    private final Instant start;

    SyntheticPosts(Instant start) {
        this.start = start;
    }

    /** Posts {@code from} (inclusive) to {@code to} (exclusive). */
    List<FetchedPost> posts(int from, int to) {
        List<FetchedPost> posts = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            posts.add(post(i));
        }
        return posts;
    }

    FetchedPost post(int i) {
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        AuthorIdentity author = author(random.nextInt(AUTHORS));
        StringBuilder text = new StringBuilder();
        for (int w = 6 + random.nextInt(20); w > 0; w--) {
            text.append(text.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        List<AuthorIdentity> mentions = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            AuthorIdentity mentioned = author(random.nextInt(AUTHORS));
            mentions.add(mentioned);
            text.append(" @").append(mentioned.handle());
        }
        List<String> tags = new ArrayList<>(List.of(TAGS[random.nextInt(TAGS.length)]));
        if (random.nextBoolean()) {
            tags.add(TAGS[random.nextInt(TAGS.length)] + "2");
        }
        String inReplyTo = null;
        String root = null;
        if (i > 10 && random.nextInt(3) == 0) {
            int parent = i - 1 - random.nextInt(Math.min(i - 1, 500));
            inReplyTo = externalId(author.network(), parent);
            root = random.nextBoolean() ? null : externalId(author.network(), parent - parent % 7);
        }
        String id = externalId(author.network(), i);
        Instant published = start.minusSeconds(i);
        String payload = "{\"id\":\"" + (110_000_000L + i) + "\",\"created_at\":\"" + published + "\",\"uri\":\"" + id
                + "\",\"url\":\"" + id + "\",\"language\":\"en\",\"visibility\":\"public\",\"sensitive\":false,"
                + "\"replies_count\":" + random.nextInt(20) + ",\"reblogs_count\":" + random.nextInt(50)
                + ",\"favourites_count\":" + random.nextInt(200) + ",\"content\":\"<p>" + text + "</p>\",\"account\":"
                + "{\"acct\":\"" + author.handle() + "\",\"display_name\":\"" + author.displayName()
                + "\",\"followers_count\":" + author.followers() + ",\"url\":\"" + author.profileUrl()
                + "\"},\"tags\":[{\"name\":\"" + tags.get(0) + "\"}]}";
        return new FetchedPost(id, author.network(), author, text.toString(), published, id, "en", inReplyTo, root,
                mentions, tags, random.nextInt(20), random.nextInt(50), random.nextInt(200), null, payload);
    }

    static AuthorIdentity author(int n) {
        boolean bluesky = n % 5 == 0;
        String handle = bluesky ? "user" + n + ".bsky.social" : "user" + n + "@instance" + (n % 50) + ".example";
        return new AuthorIdentity(bluesky ? "bluesky" : "mastodon", handle, "User " + n, null, null,
                bluesky ? "https://bsky.app/profile/" + handle : "https://instance" + (n % 50) + ".example/@user" + n,
                n % 5000);
    }

    static String externalId(String network, int i) {
        return network.equals("bluesky") ? "at://did:plc:bench" + (i % 997) + "/app.bsky.feed.post/" + i
                : "https://instance" + (i % 50) + ".example/users/u/statuses/" + (110_000_000L + i);
    }

    /** The contacts of the benchmark: every tenth author, found by handle in memory (no contacts database). */
    static PersonLookup contacts() {
        return new PersonLookup() {
            @Override
            public Optional<PersonRef> byHandle(String network, String handle) {
                int at = handle.startsWith("user") ? handle.indexOf(network.equals("bluesky") ? '.' : '@') : -1;
                if (at < 5) {
                    return Optional.empty();
                }
                try {
                    int n = Integer.parseInt(handle.substring(4, at));
                    return n % 10 == 0 ? Optional.of(new PersonRef(n, "Contact " + n)) : Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }

            @Override
            public Optional<PersonRef> byEmail(String email) {
                return Optional.empty();
            }

            @Override
            public Optional<PersonRef> person(long id) {
                return Optional.of(new PersonRef(id, "Contact " + id));
            }

            @Override
            public List<PersonRef> find(String text, int limit) {
                return List.of();
            }

            @Override
            public List<OrganizationRef> organizations(String prefix, int limit) {
                return List.of();
            }
        };
    }
}
