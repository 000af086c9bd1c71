package org.rapport.feed.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.search.SearchIndexStatus;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedSource;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SourceService;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;

/**
 * About 300 posts on Mastodon, Bluesky and blogs over the last two weeks, written by the demo contacts (by their
 * social handles and emails, so they are matched through the same path as real posts) and by strangers, stored with
 * {@link FeedService#store}: see {@link DemoPosts}. Loads after the demo contacts and the demo sources (whose ids the
 * posts take when SourceService has a source of the network). No network is used.
 */
@Component(service = DemoDataProvider.class)
public class FeedDemoData implements DemoDataProvider {

    /** How many contacts, by name, the demo posts are spread over. */
    static final int PEOPLE = 200;

    private final ContactService contacts;
    private final ContactSearch search;
    private final FeedService feed;
    private volatile SourceService sources;

    @Activate
    public FeedDemoData(@Reference ContactService contacts, @Reference ContactSearch search, @Reference FeedService feed) {
        this.contacts = contacts;
        this.search = search;
        this.feed = feed;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSourceService(SourceService service) {
        sources = service;
    }

    void unsetSourceService(SourceService service) {
        if (sources == service) {
            sources = null;
        }
    }

    @Override
    public String id() {
        return "feed";
    }

    @Override
    public Set<String> after() {
        return Set.of("contacts", "feed.sources");
    }

    @Override
    public boolean isEmpty() {
        return feed.count(PostQuery.ALL) == 0;
    }

    @Override
    public void load(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Demo social feed", 2);
        List<DemoPosts.Author> authors = new ArrayList<>();
        for (PersonRow row : contacts.page(ContactQuery.ALL, 0, PEOPLE)) {
            Optional<Person> person = contacts.person(row.id());
            if (person.isPresent()) {
                authors.add(new DemoPosts.Author(handle(person.get(), "mastodon"), handle(person.get(), "bluesky"),
                        row.primaryEmail() == null || row.primaryEmail().isEmpty() ? null : row.primaryEmail(),
                        row.displayName()));
            }
        }
        progress.split(1);
        authors.stream().map(DemoPosts.Author::mastodon).filter(h -> h != null).reduce((a, b) -> b)
                .ifPresent(probe -> awaitSearchIndex(probe, progress));
        Map<String, List<FetchedPost>> byNetwork = new LinkedHashMap<>();
        for (FetchedPost post : new DemoPosts(authors, Instant.now().truncatedTo(ChronoUnit.MINUTES)).all()) {
            byNetwork.computeIfAbsent(post.network(), n -> new ArrayList<>()).add(post);
        }
        SubMonitor storing = progress.split(1).setWorkRemaining(byNetwork.size());
        byNetwork.forEach((network, posts) -> {
            storing.split(1);
            feed.store(sourceOf(network), new ParseResult(posts, List.of()));
        });
    }

    /**
     * Waits (at most a minute) until the contacts' search index holds the demo people they just wrote: matching asks
     * the person lookup, which finds people through that index. The probe is the handle of the last of them.
     */
    private void awaitSearchIndex(String probe, IProgressMonitor monitor) {
        long deadline = System.nanoTime() + INDEX_WAIT_NANOS;
        while ((search.status().state() != SearchIndexStatus.State.READY || search.search(probe, 1).rows().isEmpty())
                && System.nanoTime() < deadline && !monitor.isCanceled()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final long INDEX_WAIT_NANOS = 60_000_000_000L;

    /** A handle the posts use: as identities store it (no leading @, lower case). */
    private static String handle(Person person, String network) {
        return person.getSocialProfiles().stream().filter(p -> p.getNetwork().equals(network))
                .map(SocialProfile::normalizedHandle).findFirst().orElse(null);
    }

    /** The demo source of a network when the sources are installed and have one, else 0 (as a file import). */
    private long sourceOf(String network) {
        SourceService service = sources;
        if (service == null) {
            return 0;
        }
        return service.sources().stream().filter(s -> s.network().equals(network)).mapToLong(FeedSource::id)
                .findFirst().orElse(0);
    }
}
