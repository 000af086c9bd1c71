package org.rapport.feed.internal.sources.rss;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdom2.Element;
import org.jdom2.located.LocatedElement;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.rapport.feed.internal.sources.HtmlText;
import org.rapport.feed.internal.sources.ItemProblems;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;

/**
 * Turns the entries ROME read from an RSS 2.0, RSS 1.0 or Atom 1.0 document into posts, all on the network
 * {@code rss} (Atom too: one network for feeds, so a contact's feed identity matches whichever format the site uses).
 * <ul>
 * <li>External id: the guid (RSS) or id (Atom), else the link.</li>
 * <li>Text: the title, an empty line and the content or description with its HTML reduced to text, links kept.</li>
 * <li>Author: the item's author ({@code dc:creator}, {@code author}, Atom {@code author} with name and email; an
 * email becomes {@link AuthorIdentity#email()} and the handle); without one, the feed's author, else the feed itself
 * (its site's host as handle, its title as name) — most feeds name no author per item, so this is not a problem.</li>
 * <li>Time: published ({@code pubDate}, {@code dc:date}, {@code published}), else updated; an item without a date
 * Rapport can read is skipped and reported as "item N (line L)", as is one without guid, id or link.</li>
 * </ul>
 */
final class FeedEntryReader {

    static final String NETWORK = "rss";
    private static final Pattern EMAIL_AND_NAME = Pattern
            .compile("\\s*([^\\s()<>@]+@[^\\s()<>@]+\\.[^\\s()<>@]+)\\s*(?:\\((.*)\\))?\\s*");
    private static final XMLOutputter RAW = new XMLOutputter(Format.getCompactFormat());

    private FeedEntryReader() {
    }

    static List<FetchedPost> read(SyndFeed feed, List<Element> items, ItemProblems problems) {
        AuthorIdentity feedAuthor = feedAuthor(feed);
        List<SyndEntry> entries = feed.getEntries();
        boolean located = items.size() == entries.size();
        List<FetchedPost> posts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Element element = located ? items.get(i) : null;
            String where = "item " + (i + 1) + (element instanceof LocatedElement at ? " (line " + at.getLine() + ")"
                    : "");
            String id = first(entry.getUri(), entry.getLink());
            if (id == null) {
                problems.add(where, "externalId", "has no guid, id or link to tell it apart; skipped");
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            if (date == null) {
                String raw = rawDate(element);
                problems.add(where, "published", raw == null ? "has no date (pubDate, dc:date, published or updated); "
                        + "skipped" : "has a date Rapport cannot read (\"" + raw + "\"); skipped");
                continue;
            }
            AuthorIdentity author = author(entry);
            if (author == null) {
                author = feedAuthor;
            }
            if (author == null) {
                problems.add(where, "author", "has no author, and the feed names neither an author nor a title to "
                        + "attribute it to; skipped");
                continue;
            }
            posts.add(new FetchedPost(id, NETWORK, author, text(entry), Instant.ofEpochMilli(date.getTime()),
                    entry.getLink(), language(feed), null, null, List.of(), tags(entry), -1, -1, -1, null,
                    element == null ? null : RAW.outputString(element)));
        }
        return posts;
    }

    /** The item and entry elements of the document, in document order (ROME keeps that order). */
    static List<Element> items(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (isItem(child)) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                for (Element grandchild : child.getChildren()) {
                    if (isItem(grandchild)) {
                        items.add(grandchild);
                    }
                }
            }
        }
        return items;
    }

    private static boolean isItem(Element element) {
        return element.getName().equals("item") || element.getName().equals("entry");
    }

    private static String text(SyndEntry entry) {
        StringBuilder body = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            body.append(content.getValue() == null ? "" : content.getValue()).append('\n');
        }
        if (body.toString().isBlank() && entry.getDescription() != null) {
            body.append(entry.getDescription().getValue());
        }
        String title = entry.getTitle() == null ? "" : HtmlText.toText(entry.getTitle());
        String text = HtmlText.toText(body.toString());
        if (title.isEmpty() || text.startsWith(title)) {
            return text.isEmpty() ? title : text;
        }
        return text.isEmpty() ? title : title + "\n\n" + text;
    }

    private static AuthorIdentity author(SyndEntry entry) {
        for (SyndPerson person : entry.getAuthors()) {
            AuthorIdentity identity = person(person.getName(), person.getEmail(), person.getUri());
            if (identity != null) {
                return identity;
            }
        }
        return person(entry.getAuthor(), null, null);
    }

    private static AuthorIdentity feedAuthor(SyndFeed feed) {
        for (SyndPerson person : feed.getAuthors()) {
            AuthorIdentity identity = person(person.getName(), person.getEmail(), person.getUri());
            if (identity != null) {
                return identity;
            }
        }
        AuthorIdentity named = person(first(feed.getAuthor(), feed.getManagingEditor()), null, null);
        if (named != null) {
            return named;
        }
        String title = feed.getTitle() == null ? null : HtmlText.toText(feed.getTitle()).strip();
        String host = host(feed.getLink());
        if ((title == null || title.isEmpty()) && host == null) {
            return null;
        }
        return new AuthorIdentity(NETWORK, host != null ? host : title, title, null, null, feed.getLink(), -1);
    }

    /** An RSS author is often "jo@example.org (Jo Example)"; Atom gives name and email apart. */
    private static AuthorIdentity person(String name, String email, String uri) {
        String n = name == null ? "" : name.strip();
        String e = email == null ? null : email.strip();
        Matcher m = EMAIL_AND_NAME.matcher(n);
        if ((e == null || e.isEmpty()) && m.matches()) {
            e = m.group(1);
            n = m.group(2) == null ? "" : m.group(2).strip();
        }
        if (e != null && e.isEmpty()) {
            e = null;
        }
        if (n.isEmpty() && e == null) {
            return null;
        }
        return new AuthorIdentity(NETWORK, e != null ? e : n, n, null, e == null ? null : e.toLowerCase(Locale.ROOT),
                uri, -1);
    }

    private static List<String> tags(SyndEntry entry) {
        List<String> tags = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            if (category.getName() != null && !category.getName().isBlank()) {
                tags.add(category.getName().strip().toLowerCase(Locale.ROOT));
            }
        }
        return tags;
    }

    private static String language(SyndFeed feed) {
        return feed.getLanguage() == null || feed.getLanguage().isBlank() ? null : feed.getLanguage().strip();
    }

    private static String rawDate(Element element) {
        if (element == null) {
            return null;
        }
        for (Element child : element.getChildren()) {
            if (List.of("pubDate", "date", "published", "updated").contains(child.getName())
                    && !child.getTextTrim().isEmpty()) {
                return child.getTextTrim();
            }
        }
        return null;
    }

    private static String host(String link) {
        if (link == null) {
            return null;
        }
        try {
            String host = URI.create(link.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }
}
