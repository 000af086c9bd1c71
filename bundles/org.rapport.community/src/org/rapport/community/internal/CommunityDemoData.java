package org.rapport.community.internal;

import java.time.Clock;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.community.internal.feed.FeedActivities;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.core.people.PersonLookup;

/**
 * The community's demo data, after the contacts' and the feed's: the feed's demo posts as activities (their authors
 * become members, linked to the contacts the feed matched), members linked to more demo contacts, community members
 * who are no customers, two staff, a few events, and a few hundred activities over the last six months so that every
 * orbit level has members and one former advocate's downgrade waits for the next review (see {@link DemoCommunity}).
 */
@Component(service = DemoDataProvider.class)
public class CommunityDemoData implements DemoDataProvider {

    private final CommunityUnit unit;
    private final CommunityEvents events;
    private final ActivityRecorder recorder;
    private volatile PersonLookup people;
    private volatile FeedActivities feed;

    @Activate
    public CommunityDemoData(@Reference CommunityUnit unit, @Reference CommunityEvents events,
            @Reference ActivityRecorder recorder) {
        this.unit = unit;
        this.events = events;
        this.recorder = recorder;
    }

    /** Binds the contacts' person lookup (members linked to demo contacts). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setPersonLookup(PersonLookup lookup) {
        people = lookup;
    }

    /** Unbinds it. */
    public void unsetPersonLookup(PersonLookup lookup) {
        if (people == lookup) {
            people = null;
        }
    }

    /** Binds the feed subscriber (the feed's demo posts as activities). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setFeedActivities(FeedActivities activities) {
        feed = activities;
    }

    /** Unbinds it. */
    public void unsetFeedActivities(FeedActivities activities) {
        if (feed == activities) {
            feed = null;
        }
    }

    @Override
    public String id() {
        return "community";
    }

    @Override
    public Set<String> after() {
        return Set.of("contacts", "feed");
    }

    /**
     * Empty until someone recorded or planned something of their own: members and activities that the feed's posts
     * made do not count, since the feed's demo posts arrive (through EventAdmin) before this provider is asked.
     */
    @Override
    public boolean isEmpty() {
        return unit.read(em -> em.createQuery("SELECT COUNT(e) FROM CommunityEventRow e", Long.class)
                .getSingleResult() == 0
                && em.createQuery("SELECT COUNT(a) FROM CommunityActivity a WHERE a.source <> :feed", Long.class)
                        .setParameter("feed", "feed").getSingleResult() == 0);
    }

    @Override
    public void load(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Community demo data", 3);
        FeedActivities subscriber = feed;
        if (subscriber != null) {
            subscriber.catchUp();
        }
        progress.worked(1);
        if (progress.isCanceled()) {
            return;
        }
        new DemoCommunity(unit, events, recorder, people, Clock.systemUTC()).load(progress.split(2));
    }
}
