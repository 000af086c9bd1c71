package org.rapport.community.internal.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.community.Pillar;

/**
 * A full recompute's activities of one partition of members in columns of primitives (about 30 bytes an activity
 * instead of an object graph), read in table order and handed out per member in time order: a counting sort by member
 * and a sort of each member's few activities by time. Ids are stored as {@code int}: sequences in one embedded
 * database stay far below 2³¹.
 */
final class ActivityColumns {

    /** One activity type as scoring needs it. */
    record Type(String key, double weight, Pillar pillar) {
    }

    private static final Pillar[] PILLARS = Pillar.values();

    private final long[] memberIds; // sorted, the partition's members
    private final Map<String, Integer> platformIndex = new HashMap<>();
    private final List<String> platforms = new ArrayList<>();
    private int size;
    private int[] member; // index into memberIds
    private long[] at;
    private short[] type;
    private short[] platform;
    private byte[] pillar;
    private int[] target;
    private int[] event;

    /**
     * Columns for the activities of these members (sorted ids); activities of other members are skipped.
     *
     * @param expected how many activities are expected (the columns are made this long, so a part fits without copies)
     */
    ActivityColumns(long[] sortedMemberIds, int expected) {
        this.memberIds = sortedMemberIds;
        int length = Math.max(16, expected);
        member = new int[length];
        at = new long[length];
        type = new short[length];
        platform = new short[length];
        pillar = new byte[length];
        target = new int[length];
        event = new int[length];
    }

    /**
     * Adds an activity read from the table.
     *
     * @param typeIndex index of its type in the list given to {@link #forEachMember}
     * @return whether it was kept (its member is one of this partition's)
     */
    boolean add(long memberId, long epochSecond, int typeIndex, Pillar activityPillar, String platformName,
            long targetMemberId, long eventId) {
        int m = Arrays.binarySearch(memberIds, memberId);
        if (m < 0) {
            return false;
        }
        if (size == member.length) {
            if (size == capacity()) {
                throw new IllegalStateException("a part of a recompute holds at most " + capacity() + " activities");
            }
            grow();
        }
        member[size] = m;
        at[size] = epochSecond;
        type[size] = (short) typeIndex;
        platform[size] = (short) platformIndex.computeIfAbsent(platformName == null ? "" : platformName, p -> {
            platforms.add(p);
            return platforms.size() - 1;
        }).intValue();
        pillar[size] = (byte) activityPillar.ordinal();
        target[size] = Math.toIntExact(targetMemberId);
        event[size] = Math.toIntExact(eventId);
        size++;
        return true;
    }

    /** Activities held. */
    int size() {
        return size;
    }

    /** Receives a member's activities in time order. */
    interface MemberActivities {
        void member(long memberId, List<ScoredActivity> activities);
    }

    /** Hands out every member of the partition (also those without activities) with activities in time order. */
    void forEachMember(List<Type> types, MemberActivities sink) {
        int[] start = new int[memberIds.length + 1];
        for (int i = 0; i < size; i++) {
            start[member[i] + 1]++;
        }
        for (int m = 0; m < memberIds.length; m++) {
            start[m + 1] += start[m];
        }
        int[] fill = Arrays.copyOf(start, memberIds.length);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[fill[member[i]]++] = i;
        }
        long[] keys = new long[64];
        List<ScoredActivity> list = new ArrayList<>();
        for (int m = 0; m < memberIds.length; m++) {
            int n = start[m + 1] - start[m];
            if (keys.length < n) {
                keys = new long[Math.max(n, keys.length * 2)];
            }
            for (int k = 0; k < n; k++) { // time in the high bits, position in the low 23 (≤ 8M activities a part)
                int position = order[start[m] + k];
                keys[k] = (at[position] << 23) | position;
            }
            Arrays.sort(keys, 0, n);
            list.clear();
            for (int k = 0; k < n; k++) {
                int i = (int) (keys[k] & ((1 << 23) - 1));
                Type t = types.get(type[i]);
                list.add(new ScoredActivity(memberIds[m], Instant.ofEpochSecond(at[i]), t.key(), t.weight(),
                        PILLARS[pillar[i]], platforms.get(platform[i]), target[i], event[i]));
            }
            sink.member(memberIds[m], list);
        }
    }

    /** The most activities one part may hold (positions are packed into 23 bits when sorting). */
    static int capacity() {
        return 1 << 23;
    }

    private void grow() {
        int length = Math.min(capacity(), member.length * 2);
        member = Arrays.copyOf(member, length);
        at = Arrays.copyOf(at, length);
        type = Arrays.copyOf(type, length);
        platform = Arrays.copyOf(platform, length);
        pillar = Arrays.copyOf(pillar, length);
        target = Arrays.copyOf(target, length);
        event = Arrays.copyOf(event, length);
    }
}
