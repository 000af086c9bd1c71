package org.rapport.feed.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;

/**
 * Generates the demo posts, the same every time for the same people and start: everyday posts about the demo
 * organisations' brands on Mastodon, Bluesky and blogs (RSS), written by demo contacts (by their social handles or,
 * for blogs, their email) and by strangers; conversations with the brand's answers; unanswered complaints of
 * customers; and a burst of negative posts about {@link #BUZZ_TERM} in the last hours, over a quiet baseline.
 */
final class DemoPosts {

    /** The demo brand whose negative burst the Alerts view shows once the term is watched. */
    static final String BUZZ_TERM = "Blue Fjord";

    /**
     * A demo contact as the posts need them.
     *
     * @param mastodon their Mastodon handle ({@code user@instance}) or {@code null}
     * @param bluesky  their Bluesky handle or {@code null}
     * @param email    their email or {@code null}
     * @param name     their name
     */
    record Author(String mastodon, String bluesky, String email, String name) {
    }

    private static final String[] BRANDS = { "Blue Fjord Bikes", "Lumen Coffee", "Northwind Outdoor", "Orbit Telecom",
            "Brightwater Hotels" };
    private static final String[] POSITIVE = { "Just picked up my order from %s, great service and friendly staff!",
            "Really love the new season at %s. Well done!", "%s fixed my problem in five minutes. Impressed.",
            "Shout-out to %s for the excellent support today \uD83D\uDE4F", "Best experience I had with %s so far, thank you!" };
    private static final String[] NEUTRAL = { "Does anyone know when %s opens on Sunday?",
            "Heading to the %s store downtown this afternoon.", "%s announced new opening hours for the summer.",
            "Comparing %s with a few others before I decide.", "Anyone tried the new app from %s yet?" };
    private static final String[] NEGATIVE = { "Still waiting for my refund from %s. Really disappointed.",
            "%s sent me a broken item and nobody answers. Terrible.", "Worst customer service ever at %s today. Angry.",
            "Third time my %s delivery is late. Not happy at all.", "%s charged me twice and support is useless." };
    private static final String[] BUZZ = { "The Blue Fjord Bikes app is down again and I can't unlock my bike. Awful.",
            "Blue Fjord Bikes charged me for a ride I never took. Terrible, want my money back!",
            "Anyone else stuck? Blue Fjord Bikes app crashed, worst commute ever.",
            "Blue Fjord Bikes support hung up on me. So frustrating and rude.",
            "Blue Fjord Bikes: broken app, broken promises. Disappointed.",
            "Paid for Blue Fjord Bikes premium and the service is a disaster today.",
            "Why is Blue Fjord Bikes so bad today? Lost 30 minutes, angry.",
            "Blue Fjord Bikes outage again. Horrible, cancelling my subscription." };
    private static final String[] STRANGERS = { "trailrunner@fosstodon.org", "citycyclist@mastodon.online",
            "kaffeeliebe@chaos.social", "nordic.nomad@mastodon.social", "urbanbiker@social.example" };
    private static final String[] SKY_STRANGERS = { "coffee-critic.bsky.social", "weekend-rider.bsky.social",
            "travelnotes.bsky.social" };

    private final Random random = new Random(20261201);
    private final Instant now;
    private final List<Author> people;
    private int serial;

    DemoPosts(List<Author> people, Instant now) {
        this.people = people;
        this.now = now;
    }

    /** About 300 posts, in no particular order. */
    List<FetchedPost> all() {
        List<FetchedPost> posts = new ArrayList<>();
        List<Author> onMastodon = people.stream().filter(a -> a.mastodon() != null).toList();
        List<Author> onBluesky = people.stream().filter(a -> a.bluesky() != null).toList();
        for (int i = 0; i < 150; i++) {
            posts.add(everyday("mastodon", onMastodon, STRANGERS, Duration.ofMinutes(120 + random.nextInt(14 * 24 * 60))));
        }
        for (int i = 0; i < 90; i++) {
            posts.add(everyday("bluesky", onBluesky, SKY_STRANGERS, Duration.ofMinutes(120 + random.nextInt(14 * 24 * 60))));
        }
        for (int i = 0; i < 12 && !people.isEmpty(); i++) {
            posts.add(blog(people.get(random.nextInt(people.size())), i));
        }
        for (int i = 0; i < 8 && !onMastodon.isEmpty(); i++) {
            posts.addAll(conversation(onMastodon, i));
        }
        for (int i = 0; i < BUZZ.length; i++) { // the burst: eight negative posts in the last two hours
            boolean sky = i % 3 == 2;
            posts.add(post(sky ? "bluesky" : "mastodon", stranger(sky, i), BUZZ[i],
                    Duration.ofMinutes(5 + 12L * i), null, null, List.of(), List.of("bluefjord")));
        }
        for (int day = 2; day <= 12; day += 3) { // its quiet baseline: one complaint every few days
            posts.add(post("mastodon", stranger(false, day), "Blue Fjord Bikes app was slow this morning. Annoying.",
                    Duration.ofDays(day).plusHours(3), null, null, List.of(), List.of()));
        }
        return posts;
    }

    private FetchedPost everyday(String network, List<Author> contacts, String[] strangers, Duration ago) {
        AuthorIdentity author = random.nextInt(3) > 0 && !contacts.isEmpty()
                ? identity(network, contacts.get(random.nextInt(contacts.size())))
                : new AuthorIdentity(network, strangers[random.nextInt(strangers.length)], "", null, null, null,
                        random.nextInt(2000));
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        int mood = random.nextInt(10); // 4 positive, 4 neutral, 2 negative in 10
        String[] texts = mood < 4 ? POSITIVE : mood < 8 ? NEUTRAL : NEGATIVE;
        String text = String.format(texts[random.nextInt(texts.length)], brand);
        List<AuthorIdentity> mentions = new ArrayList<>();
        if (random.nextInt(6) == 0 && !contacts.isEmpty()) { // a friend tagged along
            AuthorIdentity friend = identity(network, contacts.get(random.nextInt(contacts.size())));
            if (!friend.key().equals(author.key())) {
                mentions.add(friend);
                text = text + " @" + friend.handle();
            }
        }
        return post(network, author, text, ago, null, null, mentions, List.of(tag(brand)));
    }

    private List<FetchedPost> conversation(List<Author> contacts, int n) {
        AuthorIdentity customer = identity("mastodon", contacts.get(random.nextInt(contacts.size())));
        AuthorIdentity brand = new AuthorIdentity("mastodon", "bluefjord@mastodon.social", "Blue Fjord Bikes", null,
                null, "https://mastodon.social/@bluefjord", 4200);
        Duration ago = Duration.ofHours(6 + random.nextInt(24 * 10));
        boolean angry = n % 2 == 0;
        FetchedPost root = post("mastodon", customer, angry
                ? "@bluefjord my Blue Fjord Bikes rental was broken and I was charged anyway. Disappointed."
                : "@bluefjord can I take a Blue Fjord Bikes e-bike on the train?", ago, null, null, List.of(brand),
                List.of("bluefjord"));
        List<FetchedPost> thread = new ArrayList<>(List.of(root));
        if (n < 6) { // the last two complaints are still waiting for an answer
            FetchedPost answer = post("mastodon", brand, angry
                    ? "So sorry about that! Please send us your ride number and we will refund you today."
                    : "Yes, folding e-bikes are fine on regional trains. Enjoy the ride!", ago.minusMinutes(40),
                    root.externalId(), root.externalId(), List.of(customer), List.of());
            thread.add(answer);
            thread.add(post("mastodon", customer, angry ? "Thanks, refund received. Great support after all!"
                    : "Perfect, thank you!", ago.minusMinutes(90), answer.externalId(), root.externalId(), List.of(brand),
                    List.of()));
        }
        return thread;
    }

    private FetchedPost blog(Author author, int n) {
        String brand = BRANDS[n % BRANDS.length];
        AuthorIdentity writer = new AuthorIdentity("rss", author.email() != null ? author.email() : author.name(),
                author.name(), null, author.email(), null, -1);
        String text = n % 4 == 3 ? "Why I stopped buying from " + brand + ": late deliveries and a terrible refund process."
                : "A weekend with " + brand + ": what worked well and what I would love to see next season.";
        return post("rss", writer, text, Duration.ofDays(1 + n).plusHours(n), null, null, List.of(), List.of("review"));
    }

    private AuthorIdentity stranger(boolean bluesky, int n) {
        return bluesky ? new AuthorIdentity("bluesky", SKY_STRANGERS[n % SKY_STRANGERS.length], "", null, null, null, 150)
                : new AuthorIdentity("mastodon", STRANGERS[n % STRANGERS.length], "", null, null, null, 300);
    }

    private static AuthorIdentity identity(String network, Author author) {
        String handle = network.equals("mastodon") ? author.mastodon() : author.bluesky();
        return new AuthorIdentity(network, handle, author.name(), null, null, null, -1);
    }

    private FetchedPost post(String network, AuthorIdentity author, String text, Duration ago, String inReplyTo,
            String root, List<AuthorIdentity> mentions, List<String> tags) {
        int n = ++serial;
        String externalId = switch (network) {
            case "bluesky" -> "at://did:plc:demo" + n + "/app.bsky.feed.post/" + Long.toString(1_000_000L + n, 36);
            case "rss" -> "https://blog.example/posts/" + n;
            default -> "https://" + author.handle().substring(author.handle().indexOf('@') + 1) + "/users/"
                    + author.handle().substring(0, author.handle().indexOf('@')) + "/statuses/" + (110_000_000L + n);
        };
        String url = network.equals("bluesky") ? "https://bsky.app/profile/" + author.handle() + "/post/" + n
                : network.equals("rss") ? externalId : externalId.replace("/users/", "/@").replace("/statuses/", "/");
        return new FetchedPost(externalId, network, author, text, now.minus(ago), url, "en", inReplyTo, root, mentions,
                tags, random.nextInt(5), random.nextInt(8), random.nextInt(40), null,
                "{\"demo\":true,\"id\":\"" + externalId + "\"}");
    }

    private static String tag(String brand) {
        return brand.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
