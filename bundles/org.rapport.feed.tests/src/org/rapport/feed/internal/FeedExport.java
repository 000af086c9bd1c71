package org.rapport.feed.internal;

import static org.rapport.feed.internal.IngestFiles.xml;

import java.util.Locale;

import org.rapport.feed.internal.IngestFiles.Pool;

/**
 * An RSS 2.0 or Atom 1.0 feed of a multi-author blog: every item names its author (RSS {@code jo@example (Jo)}, Atom
 * name and email), has two categories and an HTML body with a link (RSS in CDATA, Atom escaped).
 */
final class FeedExport implements IngestFiles.Export {

    private final IngestFiles files;
    private final boolean atom;
    private final Pool pool;

    FeedExport(IngestFiles files, boolean atom) {
        this.files = files;
        this.atom = atom;
        this.pool = atom ? Pool.ATOM : Pool.RSS;
    }

    @Override
    public int write(StringBuilder out, int first, int count) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (atom) {
            out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n<title>Team notes</title>\n")
                    .append("<link href=\"https://notes.example/\"/>\n<id>tag:notes.example,2026:feed</id>\n")
                    .append("<updated>").append(IngestFiles.date(first)).append("</updated>\n");
        } else {
            out.append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
                    .append("<title>Engineering blog</title>\n<link>https://blog.example/</link>\n")
                    .append("<description>Posts from the team</description>\n<language>en</language>\n");
        }
        int byContacts = 0;
        for (int k = first; k < first + count; k++) {
            int author = files.author(pool, k);
            if (files.isContact(author)) {
                byContacts++;
            }
            String title = IngestFiles.phrase(k + 5).replaceAll("[.!?:(]+$", "");
            String url = "https://" + (atom ? "notes" : "blog") + ".example/2026/03/" + k;
            String tag = IngestFiles.tag(k);
            String body = "<p>" + IngestFiles.phrase(k) + " More in <a href=\"" + IngestFiles.link(k)
                    + "\">our write-up</a> &amp; the <strong>#" + tag + "</strong> thread.</p><p>"
                    + IngestFiles.secondPhrase(k) + "</p>";
            if (atom) {
                out.append("<entry>\n<title>").append(xml(title)).append("</title>\n<link rel=\"alternate\" href=\"")
                        .append(url).append("\"/>\n<id>tag:notes.example,2026:").append(k).append("</id>\n")
                        .append("<published>").append(IngestFiles.date(k)).append("</published>\n<updated>")
                        .append(IngestFiles.date(k)).append("</updated>\n<author><name>").append(pool.name(author))
                        .append("</name><email>").append(pool.email(author)).append("</email></author>\n")
                        .append("<category term=\"").append(tag.toLowerCase(Locale.ROOT)).append("\"/>\n")
                        .append("<content type=\"html\">").append(xml(body)).append("</content>\n</entry>\n");
            } else {
                out.append("<item>\n<title>").append(xml(title)).append("</title>\n<link>").append(url)
                        .append("</link>\n<guid isPermaLink=\"true\">").append(url).append("</guid>\n<author>")
                        .append(pool.email(author)).append(" (").append(pool.name(author)).append(")</author>\n")
                        .append("<category>").append(tag).append("</category>\n<category>")
                        .append(IngestFiles.tag(k + 3)).append("</category>\n<pubDate>").append(IngestFiles.rfc822(k))
                        .append("</pubDate>\n<description><![CDATA[").append(body).append("]]></description>\n")
                        .append("</item>\n");
            }
        }
        out.append(atom ? "</feed>\n" : "</channel>\n</rss>\n");
        return byContacts;
    }
}
