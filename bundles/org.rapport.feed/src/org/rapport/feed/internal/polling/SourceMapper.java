package org.rapport.feed.internal.polling;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.feed.FeedService;
import org.rapport.feed.FeedSource;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.internal.model.SourceEntity;
import org.rapport.feed.internal.registry.SourceTypeRegistry;

/** Source rows as the API shows them. */
final class SourceMapper {

    private SourceMapper() {
    }

    static FeedSource toSource(SourceEntity e, FeedService feed, SourceTypeRegistry registry) {
        return toSource(e, feed, installedTypes(registry));
    }

    static FeedSource toSource(SourceEntity e, FeedService feed, Set<String> installedTypes) {
        long posts = feed.count(new PostQuery(e.getId(), null, null, null, false, false, null, null));
        return new FeedSource(e.getId(), e.getTypeId(), e.getLocation(), e.getNetwork(), e.getName(),
                Duration.ofMinutes(e.getIntervalMinutes()), e.isPaused(), e.getLastPoll(), e.getLastSuccess(),
                e.getLastError(), e.getFailures(), e.isPaused() ? null : e.getNextPoll(), posts,
                installedTypes.contains(e.getTypeId()));
    }

    static Set<String> installedTypes(SourceTypeRegistry registry) {
        return registry.types().stream().map(SourceTypeInfo::id).collect(Collectors.toSet());
    }
}
