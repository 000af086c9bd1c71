package org.rapport.feed.internal.sources.rss;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.jdom2.Document;
import org.rapport.feed.internal.sources.Heads;
import org.rapport.feed.internal.sources.ItemProblems;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.FetchContext;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceLocation;
import org.rapport.feed.sources.SourceState;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/**
 * RSS 2.0, RSS 1.0 and Atom 1.0 feeds by URL (with conditional GET) and saved to files, read by ROME from a document
 * {@link SafeXml} parsed. Recognises any http(s) address, so the registry asks it after every other type.
 */
public class RssSourceType implements FeedSourceType {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

    @Override
    public Optional<SourceLocation> recognize(String location) {
        URI uri;
        try {
            uri = URI.create(location.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String normal = scheme + "://" + host + (defaultPort ? "" : ":" + port)
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return Optional.of(new SourceLocation(normal, FeedEntryReader.NETWORK, host));
    }

    @Override
    public FetchResult fetch(SourceState source, FetchContext context) throws FeedException {
        URI uri = URI.create(source.location());
        FeedHttp.Response response = context.http().get(uri, source.etag(), source.lastModified(), ACCEPT);
        if (response.notModified()) {
            return FetchResult.notModified(source);
        }
        ParseResult read = read(response.body(), response.contentType(), source.location());
        return new FetchResult(false, read.posts(), read.problems(), response.etag(), response.lastModified(), null);
    }

    @Override
    public boolean canParse(String name, byte[] head) {
        String text = Heads.text(head);
        if (!text.startsWith("<")) {
            return false;
        }
        return text.contains("<rss") || text.contains("<feed") || text.contains("<rdf:RDF")
                || text.contains(":RDF") && text.contains("purl.org/rss");
    }

    @Override
    public ParseResult parse(byte[] content, String origin) throws FeedException {
        return read(content, null, origin);
    }

    private static ParseResult read(byte[] content, String contentType, String origin) throws FeedException {
        Document document = SafeXml.parse(content, contentType, origin);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (IllegalArgumentException e) {
            throw new FeedException(Kind.MALFORMED, origin + " is XML but not an RSS or Atom feed (its root element "
                    + "is <" + document.getRootElement().getQualifiedName() + ">)", e);
        } catch (com.rometools.rome.io.FeedException e) {
            throw new FeedException(Kind.MALFORMED, origin + " could not be read as a feed: " + e.getMessage(), e);
        }
        ItemProblems problems = new ItemProblems(origin);
        var posts = FeedEntryReader.read(feed, FeedEntryReader.items(document.getRootElement()), problems);
        return new ParseResult(posts, problems.list());
    }
}
