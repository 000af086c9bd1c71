package org.rapport.feed.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.feed.FeedSource;
import org.rapport.feed.SourceService;
import org.rapport.feed.WatchService;

/**
 * Demo sources, one a network, and the demo brand as a watched term, loaded before the demo posts ({@link FeedDemoData}
 * names this provider in its {@code after()}), so the posts take the sources' ids and their negative burst raises an
 * alert as real posts would. The sources are paused: demo addresses are not on the network, and a first start must
 * not poll anything; a user resumes one or adds real ones.
 */
@Component(service = DemoDataProvider.class)
public class SourcesDemoData implements DemoDataProvider {

    /** The demo locations: what a user would type to add them. */
    static final List<String> LOCATIONS = List.of("https://news.bluefjord.example/feed.xml", "@bluefjord@mastodon.example",
            "bsky:bluefjord.example");

    private final SourceService sources;
    private final WatchService watches;

    /** Used by DS. */
    @Activate
    public SourcesDemoData(@Reference SourceService sources, @Reference WatchService watches) {
        this.sources = sources;
        this.watches = watches;
    }

    @Override
    public String id() {
        return "feed.sources";
    }

    @Override
    public boolean isEmpty() {
        return sources.sources().isEmpty() && watches.watched().isEmpty();
    }

    @Override
    public void load(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Demo feed sources", LOCATIONS.size() + 1);
        for (String location : LOCATIONS) {
            try {
                FeedSource added = sources.add(location);
                sources.update(added.id(), added.name(), added.interval(), true);
            } catch (IllegalArgumentException typeNotInstalled) {
                // a product without that source type: its demo source is left out
            }
            progress.split(1);
        }
        watches.watchTerm(DemoPosts.BUZZ_TERM);
        progress.split(1);
    }
}
