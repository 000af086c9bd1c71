package org.rapport.examples.checkins.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.examples.checkins.CheckInService;

/** Puts a person's event check-ins into their timeline, beside their deals, calls and edits. */
@Component(service = TimelineContributor.class)
public class CheckInTimeline implements TimelineContributor {

    /** The entries' kind; the Timeline view shows a default icon for kinds it does not know. */
    static final String KIND = "check-in";
    private static final String BUNDLE = "org.rapport.examples.checkins";

    private final CheckInService checkIns;

    @Activate
    public CheckInTimeline(@Reference CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public String sourceName() {
        return "Event check-ins";
    }

    @Override
    public List<TimelineEntry> entries(TimelineQuery query) {
        return checkIns.of(query.personId()).stream().filter(c -> query.covers(c.at()))
                .map(c -> new TimelineEntry(c.at(), KIND, "Checked in at " + c.event(), "", BUNDLE, null))
                .limit(query.limit()).toList();
    }
}
