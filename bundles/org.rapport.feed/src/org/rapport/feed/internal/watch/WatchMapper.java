package org.rapport.feed.internal.watch;

import org.rapport.feed.BuzzAlert;
import org.rapport.feed.WatchedTerm;
import org.rapport.feed.internal.model.AlertEntity;
import org.rapport.feed.internal.model.WatchEntity;

/** Watch and alert rows as the API shows them. */
final class WatchMapper {

    private WatchMapper() {
    }

    static WatchedTerm toWatched(WatchEntity e) {
        return new WatchedTerm(e.getId(), e.getTerm(), e.getPersonId(), e.getLabel(), e.getMinCount(), e.getWindowMinutes());
    }

    static BuzzAlert toAlert(AlertEntity e) {
        return new BuzzAlert(e.getId(), e.getWatchId(), e.getTerm(), e.getPersonId(), e.getLabel(), e.getFrom(), e.getTo(),
                e.getNegative(), e.getBaseline(), e.getPostIds(), e.isSeen());
    }
}
