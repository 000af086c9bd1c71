package org.rapport.community.internal.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Who was at which event, collected while a full recompute streams the members (each member once per event, at the
 * member's first activity there), so that co-attendance is counted from the same scan instead of a join over the whole
 * activity table. Three columns of primitives: attendances are a small share of all activities.
 */
final class Attendance {

    /** Receives each attendance with the number of other members at the same event. */
    interface Attendee {
        void attended(long memberId, long epochSecond, int others);
    }

    private long[] events = new long[1024];
    private long[] members = new long[1024];
    private long[] seconds = new long[1024];
    private int size;

    void add(long eventId, long memberId, long epochSecond) {
        if (size == events.length) {
            events = Arrays.copyOf(events, size * 2);
            members = Arrays.copyOf(members, size * 2);
            seconds = Arrays.copyOf(seconds, size * 2);
        }
        events[size] = eventId;
        members[size] = memberId;
        seconds[size++] = epochSecond;
    }

    void forEachAttendee(Attendee attendee) {
        Map<Long, int[]> perEvent = new HashMap<>();
        for (int i = 0; i < size; i++) {
            perEvent.computeIfAbsent(events[i], e -> new int[1])[0]++;
        }
        for (int i = 0; i < size; i++) {
            int others = perEvent.get(events[i])[0] - 1;
            if (others > 0) {
                attendee.attended(members[i], seconds[i], others);
            }
        }
    }
}
