package org.rapport.feed.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.core.people.PersonLookup;

/**
 * Export files as the networks write them, for the ingest benchmark: Mastodon status arrays (the API's Status entity,
 * HTML content with mention and hashtag links, replies, boosts), Bluesky {@code getAuthorFeed} answers (facets with
 * UTF-8 byte ranges), RSS 2.0 and Atom feeds with HTML bodies. Authors come from per-network pools; every tenth author
 * of a pool can be created as a contact (by handle for Mastodon and Bluesky, by email for the feeds), so one post in
 * ten is written by a contact. Deterministic: the same arguments write the same bytes.
 */
final class IngestFiles {

    /** A file written, with the source type that parses it and what it holds. */
    record File(Path path, String type, int posts, int postsByContacts) {
    }

    /** The networks' author pools; together 20,000 distinct identities. */
    static final int MASTODON_AUTHORS = 8_000;
    static final int BLUESKY_AUTHORS = 6_000;
    static final int RSS_AUTHORS = 4_000;
    static final int ATOM_AUTHORS = 2_000;
    private static final String SERVING = "mastodon.example";
    private static final String[] INSTANCES = { SERVING, "fosstodon.example", "hachyderm.example", "social.example",
        "mstdn.example" };
    private static final String[] FIRST = { "ada", "grace", "alan", "edsger", "barbara", "donald", "frances", "ken",
        "margaret", "dennis", "radia", "tim", "sophie", "linus", "hedy", "john", "katherine", "niklaus", "annie",
        "bjarne" };
    private static final String[] LAST = { "lovelace", "hopper", "turing", "dijkstra", "liskov", "knuth", "allen",
        "thompson", "hamilton", "ritchie", "perlman", "berners", "wilson", "torvalds", "lamarr", "mccarthy", "johnson",
        "wirth", "easley", "stroustrup", "kay", "cerf", "kahn", "goldberg", "hoare" };
    private static final String[] PHRASES = { "Just tried the new release and I love it, setup took two minutes.",
        "Support never answered my ticket, this is really frustrating.",
        "Anyone else seeing the sync bug since yesterday? Totally broken for me.",
        "Great talk today about local-first software, slides are online.",
        "Honestly not sure what to think about the pricing change.",
        "We shipped the migration without downtime. Proud of the team!",
        "The app keeps crashing when I open a large file, please fix this :(",
        "Thanks for the quick refund, that was painless.", "Meeting notes from the community call are up.",
        "Worst update ever, they removed the one feature I used every day.",
        "Reading a good book on distributed systems this weekend.",
        "It's fine I guess, nothing special but it works.", "Wow, the new dashboard is amazing and so fast!",
        "Can someone recommend a good CRM for a small nonprofit?",
        "I'm disappointed by the lack of communication about the outage.",
        "Coffee, code and a rainy Sunday. Perfect." };
    private static final String[] TAGS = { "Rust", "Java", "OpenSource", "Crm", "Fediverse", "Outage", "Release",
        "Community", "Support", "Design" };
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Instant NEWEST = Instant.parse("2026-03-02T12:00:00Z");

    private final int perFile;
    private final int firstAuthor;

    /**
     * @param perFile     items per file
     * @param firstAuthor the first author number of every pool: 0 for the authors {@link #createContacts} knows, a
     *                    large number for authors nobody knows (a warm-up run)
     */
    IngestFiles(int perFile, int firstAuthor) {
        this.perFile = perFile;
        this.firstAuthor = firstAuthor;
    }

    /** Writes Mastodon, Bluesky, RSS and Atom files in these numbers, {@link #perFile} items each. */
    List<File> write(Path dir, int mastodon, int bluesky, int rss, int atom) throws IOException {
        Files.createDirectories(dir);
        List<File> files = new ArrayList<>();
        for (int f = 0; f < mastodon; f++) {
            files.add(write(dir.resolve("mastodon-" + f + ".json"), "mastodon", new MastodonExport(this), f));
        }
        for (int f = 0; f < bluesky; f++) {
            files.add(write(dir.resolve("bluesky-" + f + ".json"), "bluesky", new BlueskyExport(this), f));
        }
        for (int f = 0; f < rss; f++) {
            files.add(write(dir.resolve("blog-" + f + ".rss"), "rss", new FeedExport(this, false), f));
        }
        for (int f = 0; f < atom; f++) {
            files.add(write(dir.resolve("notes-" + f + ".atom"), "rss", new FeedExport(this, true), f));
        }
        return files;
    }

    /** Creates a contact for every tenth author of each pool through the contacts API; answers how many. */
    static int createContacts(ContactService contacts) {
        int created = 0;
        for (Pool pool : Pool.values()) {
            for (int j = 0; j < pool.size; j += 10) { // isContact(j)
                Person person = new Person(capital(FIRST[j % FIRST.length]), capital(LAST[j / FIRST.length
                        % LAST.length]));
                if (pool.byEmail()) {
                    person.getEmails().add(new EmailAddress("work", pool.email(j)));
                } else {
                    person.getSocialProfiles().add(new SocialProfile(pool.network, "@" + pool.handle(j), null, 100 + j,
                            false));
                }
                contacts.save(person);
                created++;
            }
        }
        return created;
    }

    /** Whether the person lookup finds the last contact {@link #createContacts} made in each pool. */
    static boolean contactsFound(PersonLookup lookup) {
        for (Pool pool : Pool.values()) {
            int last = (pool.size - 1) / 10 * 10;
            if ((pool.byEmail() ? lookup.byEmail(pool.email(last)) : lookup.byHandle(pool.network, pool.handle(last)))
                    .isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private File write(Path path, String type, Export export, int file) throws IOException {
        StringBuilder out = new StringBuilder(perFile * 1_600);
        int byContacts = export.write(out, file * perFile, perFile);
        Files.writeString(path, out, StandardCharsets.UTF_8);
        return new File(path, type, perFile, byContacts);
    }

    /** Writes one file's items, numbered from {@code first}; answers how many are written by a contact. */
    interface Export {
        int write(StringBuilder out, int first, int count);
    }

    /** The author pools: author {@code j} of a pool has a stable handle, name and (for feeds) email address. */
    enum Pool {
        MASTODON("mastodon", MASTODON_AUTHORS), BLUESKY("bluesky", BLUESKY_AUTHORS), RSS("rss", RSS_AUTHORS),
        ATOM("rss", ATOM_AUTHORS);

        final String network;
        final int size;

        Pool(String network, int size) {
            this.network = network;
            this.size = size;
        }

        boolean byEmail() {
            return this == RSS || this == ATOM;
        }

        String username(int j) {
            return FIRST[j % FIRST.length] + LAST[j / FIRST.length % LAST.length] + j;
        }

        String instance(int j) {
            return INSTANCES[j % INSTANCES.length];
        }

        String handle(int j) {
            return switch (this) {
                case MASTODON -> username(j) + "@" + instance(j);
                case BLUESKY -> username(j) + (j % 4 == 0 ? ".dev" : ".bsky.social");
                default -> email(j);
            };
        }

        String email(int j) {
            return FIRST[j % FIRST.length] + "." + LAST[j / FIRST.length % LAST.length] + j + "@"
                    + (this == RSS ? "blog" : "notes") + (j % 7) + ".example";
        }

        String name(int j) {
            return capital(FIRST[j % FIRST.length]) + " " + capital(LAST[j / FIRST.length % LAST.length]);
        }
    }

    /** The author number of item {@code k} in a pool: every author writes about as many items. */
    int author(Pool pool, int k) {
        return firstAuthor + (int) ((k * 7_919L) % pool.size);
    }

    /** The {@code m}th author item {@code k} mentions, another one of its pool. */
    int mentioned(Pool pool, int k, int m) {
        return firstAuthor + (int) ((k * 7_919L + 1 + 37L * (m + 1)) % pool.size);
    }

    /** Whether author {@code j} is a contact (when {@link #createContacts} made them). */
    boolean isContact(int j) {
        return firstAuthor == 0 && j % 10 == 0;
    }

    static String phrase(int k) {
        return PHRASES[k % PHRASES.length];
    }

    static String secondPhrase(int k) {
        return PHRASES[(k / PHRASES.length + 3) % PHRASES.length];
    }

    static String tag(int k) {
        return TAGS[k % TAGS.length];
    }

    static String date(int k) {
        return NEWEST.minusSeconds(37L * k).toString();
    }

    static String rfc822(int k) {
        return RFC_822.format(NEWEST.minusSeconds(37L * k));
    }

    static String link(int k) {
        return "https://news.example/2026/03/story-" + k + "-about-" + TAGS[k % TAGS.length].toLowerCase(Locale.ROOT);
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Text for XML content: {@code &}, {@code <} and {@code >} escaped. */
    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
