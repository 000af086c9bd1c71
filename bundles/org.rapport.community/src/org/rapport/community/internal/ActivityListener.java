package org.rapport.community.internal;

import java.util.Collection;
import java.util.List;

import org.rapport.community.Activity;

/**
 * Told by the community's services, on the committing thread right after a commit, what changed in the activities and
 * members that scores are computed from; the score engine implements it (a DS service of this bundle, bound
 * dynamically by the services). Implementations must be quick per activity and must not throw: a listener that fails
 * is logged and the change stays committed.
 */
public interface ActivityListener {

    /** Activities were added (each one once, after its commit, in time order per member). */
    void activitiesAdded(List<Activity> activities);

    /**
     * The activities, identities, merge state or team flag of these members changed in a way that is not a plain
     * addition (a deletion, a merge or unmerge, the team flag): their scores must be computed again.
     */
    void membersChanged(Collection<Long> memberIds);

    /**
     * Many activities or members changed at once (a bulk import, an activity type's weight): every score must be
     * computed again.
     */
    void everythingChanged();
}
