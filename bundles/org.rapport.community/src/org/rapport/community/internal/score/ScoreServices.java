package org.rapport.community.internal.score;

import java.time.Clock;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.rapport.community.MemberService;
import org.rapport.community.ScoreService;
import org.rapport.community.internal.CommunityEvents;
import org.rapport.community.internal.CommunityUnit;

/** The score service outside OSGi (tests, benchmarks, a standalone community): on a unit, posting no events. */
public final class ScoreServices {

    private ScoreServices() {
    }

    /** A score service on {@code unit} with the system clock. */
    public static ScoreService standalone(CommunityUnit unit) {
        return new JpaScoreService(unit, new CommunityEvents());
    }

    /**
     * A score service on {@code unit} that posts on {@code events}, computes as of {@code clock} and flags members
     * reaching the top level through {@code members}; it is also the {@code ActivityListener} to add to the recorder.
     */
    public static ScoreService standalone(CommunityUnit unit, CommunityEvents events, Clock clock,
            MemberService members) {
        JpaScoreService scores = new JpaScoreService(unit, events, clock);
        scores.setMemberService(new ComponentServiceObjects<>() {
            @Override
            public MemberService getService() {
                return members;
            }

            @Override
            public void ungetService(MemberService service) {
                // the caller owns the member service
            }

            @Override
            public ServiceReference<MemberService> getServiceReference() {
                return null;
            }
        });
        return scores;
    }
}
