package org.rapport.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.core.timeline.TimelineResult;
import org.rapport.core.timeline.TimelineService;

/** The timeline service: asks every contributor, drops what lies outside the window, sorts newest first. */
@Component(service = TimelineService.class)
public class MergingTimelineService implements TimelineService {

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::when).reversed()
            .thenComparing(TimelineEntry::sourceBundle).thenComparing(TimelineEntry::title);

    private final List<TimelineContributor> contributors = new CopyOnWriteArrayList<>();
    private final ILog log;

    /** Used by DS. */
    public MergingTimelineService() {
        this(ILog.of(MergingTimelineService.class));
    }

    MergingTimelineService(ILog log) {
        this.log = log;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(TimelineContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(TimelineContributor contributor) {
        contributors.remove(contributor);
    }

    @Override
    public TimelineResult history(TimelineQuery query) {
        List<TimelineEntry> merged = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (TimelineContributor contributor : contributors) {
            try {
                for (TimelineEntry entry : contributor.entries(query)) {
                    if (query.covers(entry.when())) {
                        merged.add(entry);
                    }
                }
            } catch (Exception | LinkageError e) {
                failed.add(contributor.sourceName());
                log.error("Timeline source '" + contributor.sourceName() + "' failed for person " + query.personId(), e);
            }
        }
        merged.sort(NEWEST_FIRST);
        return new TimelineResult(merged.subList(0, Math.min(merged.size(), query.limit())), failed);
    }
}
