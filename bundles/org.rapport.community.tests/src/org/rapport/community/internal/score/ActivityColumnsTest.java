package org.rapport.community.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.rapport.community.internal.score.Activities.at;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The recompute's columns hand out each member's activities in time order, whatever order the table gave them in. */
class ActivityColumnsTest {

    private static final List<ActivityColumns.Type> TYPES = List.of(
            new ActivityColumns.Type("talk", Activities.TALK, org.rapport.community.Pillar.CONTENT),
            new ActivityColumns.Type("reply", Activities.REPLY, org.rapport.community.Pillar.CONVERSATION),
            new ActivityColumns.Type("attended", Activities.ATTENDED, org.rapport.community.Pillar.COLLABORATION));

    @Test
    void handsOutEachMemberInTimeOrderAndSkipsOtherPartitions() {
        List<ScoredActivity> all = new ArrayList<>();
        all.addAll(Activities.of(4).talk("2026-01-03T10:00").reply("2026-01-01T10:00", 6).talk("2026-01-02T10:00")
                .list());
        all.addAll(Activities.of(6).attended("2026-02-01T10:00", 100).reply("2026-01-15T10:00", 4).list());
        all.addAll(Activities.of(5).talk("2026-01-05T10:00").list()); // another partition
        Collections.shuffle(all, new Random(11));
        ActivityColumns columns = new ActivityColumns(new long[] { 2, 4, 6 }, 2);
        for (ScoredActivity a : all) {
            int typeIndex = TYPES.indexOf(TYPES.stream().filter(t -> t.key().equals(a.typeKey())).findFirst()
                    .orElseThrow());
            columns.add(a.memberId(), a.at().getEpochSecond(), typeIndex, a.pillar(), a.platform(),
                    a.targetMemberId(), a.eventId());
        }

        TreeMap<Long, List<ScoredActivity>> handedOut = new TreeMap<>();
        columns.forEachMember(TYPES, (member, list) -> handedOut.put(member, List.copyOf(list)));

        assertEquals(5, columns.size(), "member 5's talk is not in this partition");
        assertEquals(List.of(2L, 4L, 6L), List.copyOf(handedOut.keySet()), "every member, also 2 without activity");
        assertEquals(List.of(), handedOut.get(2L));
        assertEquals(List.of(at("2026-01-01T10:00"), at("2026-01-02T10:00"), at("2026-01-03T10:00")),
                handedOut.get(4L).stream().map(ScoredActivity::at).toList());
        assertEquals(Activities.of(6).attended("2026-02-01T10:00", 100).reply("2026-01-15T10:00", 4).list(),
                handedOut.get(6L), "every field survives the columns");
        assertFalse(handedOut.containsKey(5L));
    }
}
