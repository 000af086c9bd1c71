package org.rapport.community.internal.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rapport.community.Pillar;

/** Builds the activities of hand-computed cases: a talk weighs 20, a reply 2, a post 1, attendance 3. */
final class Activities {

    static final double TALK = 20;
    static final double REPLY = 2;
    static final double POST = 1;
    static final double ATTENDED = 3;

    private final long memberId;
    private final List<ScoredActivity> list = new ArrayList<>();

    private Activities(long memberId) {
        this.memberId = memberId;
    }

    static Activities of(long memberId) {
        return new Activities(memberId);
    }

    /** A time in UTC: "2026-01-10T12:00". */
    static Instant at(String localUtc) {
        return Instant.parse(localUtc + ":00Z");
    }

    Activities talk(String at) {
        return add(at, "talk", TALK, Pillar.CONTENT, "meetup", 0, 0);
    }

    Activities reply(String at, long toMember) {
        return add(at, "reply", REPLY, Pillar.CONVERSATION, "discourse", toMember, 0);
    }

    Activities post(String at) {
        return add(at, "post", POST, Pillar.CONVERSATION, "mastodon", 0, 0);
    }

    Activities attended(String at, long eventId) {
        return add(at, "attended", ATTENDED, Pillar.COLLABORATION, "event", 0, eventId);
    }

    private Activities add(String at, String type, double weight, Pillar pillar, String platform, long target,
            long event) {
        list.add(new ScoredActivity(memberId, at(at), type, weight, pillar, platform, target, event));
        list.sort((a, b) -> a.at().compareTo(b.at()));
        return this;
    }

    List<ScoredActivity> list() {
        return List.copyOf(list);
    }
}
