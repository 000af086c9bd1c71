package org.rapport.community.internal.score;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.rapport.community.internal.CommunityUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

/**
 * A large synthetic community written straight into the tables: members (one in 200 staff) created
 * over two years, activities over the last year with a skew (a few members do much, most a little: the busiest about
 * 2,500 activities, the median a handful), replies and mentions aimed at other members, attendances at 2,000 events.
 * Ids start at {@link #FIRST_ID}, above what the entities' sequences hand out in a benchmark. Written with Derby's
 * bulk import (what a restore or a migration would use), because 5 million single inserts take most of an hour.
 */
final class SyntheticCommunity {

    static final long FIRST_ID = 100_000_000L;
    private static final String[] TYPES = { "post", "reply", "message", "like", "comment", "attend", "talk", "article",
            "pull-request", "mention", "forum-answer", "commit" };
    private static final String[] PILLARS = { "CONVERSATION", "CONVERSATION", "CONVERSATION", "CONNECTIVITY",
            "CONVERSATION", "COLLABORATION", "CONTENT", "CONTENT", "CONTENT", "CONNECTIVITY", "CONVERSATION",
            "CONTENT" };
    /** Cumulative percentages of the types above. */
    private static final int[] SHARE = { 28, 56, 70, 80, 85, 88, 89, 90, 93, 96, 98, 100 };
    private static final String[] PLATFORMS = { "discourse", "github", "mastodon", "bluesky", "slack", "discord" };

    private final int members;
    private final Instant now;
    private final SplittableRandom random = new SplittableRandom(42);

    SyntheticCommunity(int members, Instant now) {
        this.members = members;
        this.now = now;
    }

    /** A member's id, skewed towards the busy ones (index 0 busiest). */
    long skewedMember() {
        return FIRST_ID + (long) (members * Math.pow(random.nextDouble(), 1.5));
    }

    boolean isStaff(long memberId) {
        return (memberId - FIRST_ID) % 200 == 199;
    }

    /** Writes the members into an empty member table (Derby's bulk import from a CSV file in {@code dir}). */
    void writeMembers(CommunityUnit unit, Path dir) throws IOException {
        Path file = dir.resolve("members.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < members; i++) {
                long id = FIRST_ID + i;
                String created = Timestamp.from(now.minus(Duration.ofDays(random.nextInt(730)))).toString();
                out.write(id + ",Member " + i + ",member " + i + "," + (isStaff(id) ? 1 : 0) + ",0,1," + created
                        + ",bench," + created + ",bench\n");
            }
        }
        importCsv(unit, "CM_MEMBER", "ID,DISPLAY_NAME,NAME_KEY,TEAM,ACTIVITY_COUNT,VERSION,CREATED_AT,CREATED_BY,"
                + "UPDATED_AT,UPDATED_BY", file);
    }

    /**
     * Writes the activities into an empty activity table: a CSV file in {@code dir}, then Derby's import, which fills an
     * empty table in bulk and builds its indexes once (row by row inserts keep seven indexes up to date each time).
     */
    void writeActivities(CommunityUnit unit, int activities, Path dir) throws IOException {
        Path file = dir.resolve("activities.csv");
        String stamp = Timestamp.from(now).toString();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(200);
            for (long i = 0; i < activities; i++) {
                long member = skewedMember();
                int percent = random.nextInt(100);
                int type = 0;
                while (SHARE[type] <= percent) {
                    type++;
                }
                boolean connects = TYPES[type].equals("reply") || TYPES[type].equals("mention");
                line.setLength(0);
                line.append(FIRST_ID + i).append(',').append(member).append(',').append(member).append(',')
                        .append(TYPES[type]).append(',').append(PILLARS[type]).append(',')
                        .append(Timestamp.from(now.minusSeconds(random.nextLong(365L * 86_400)))).append(',')
                        .append(PLATFORMS[random.nextInt(PLATFORMS.length)]).append(',')
                        .append(connects ? Long.toString(skewedMember()) : "").append(',')
                        .append(TYPES[type].equals("attend") ? Integer.toString(1 + random.nextInt(2_000)) : "")
                        .append(",bench,bench:").append(i).append(",1,").append(stamp).append(",bench,").append(stamp)
                        .append(",bench\n");
                out.append(line);
            }
        }
        importCsv(unit, "CM_ACTIVITY", "ID,MEMBER_ID,ORIGIN_MEMBER_ID,TYPE_KEY,PILLAR,OCCURRED_AT,PLATFORM,"
                + "TARGET_MEMBER_ID,EVENT_ID,SOURCE,SOURCE_KEY,VERSION,CREATED_AT,CREATED_BY,UPDATED_AT,UPDATED_BY",
                file);
        Files.delete(file);
    }

    private static void importCsv(CommunityUnit unit, String table, String columns, Path file) {
        EntityManager em = unit.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            try (CallableStatement call = em.unwrap(Connection.class).prepareCall(
                    "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', NULL, 'UTF-8', 1)")) {
                call.setString(1, table);
                call.setString(2, columns);
                call.setString(3, file.toAbsolutePath().toString());
                call.execute();
            }
            tx.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** A type key, pillar and target as the generator draws them, for activities added one by one. */
    List<Object> nextActivity() {
        int percent = random.nextInt(100);
        int type = 0;
        while (SHARE[type] <= percent) {
            type++;
        }
        Long target = TYPES[type].equals("reply") || TYPES[type].equals("mention") ? skewedMember() : null;
        Long event = TYPES[type].equals("attend") ? Long.valueOf(1 + random.nextInt(2_000)) : null;
        return java.util.Arrays.asList(TYPES[type], PILLARS[type], PLATFORMS[random.nextInt(PLATFORMS.length)], target,
                event);
    }
}
