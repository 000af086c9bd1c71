package org.rapport.community.internal.score;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * A large synthetic community written straight into the tables with JDBC batches: members (one in 200 staff) created
 * over two years, activities over the last year with a skew (a few members do much, most a little: the busiest about
 * 2,500 activities, the median a handful), replies and mentions aimed at other members, attendances at 2,000 events.
 * Ids start at {@link #FIRST_ID}, above what the entities' sequences hand out in a benchmark.
 */
final class SyntheticCommunity {

    static final long FIRST_ID = 100_000_000L;
    private static final int CHUNK = 50_000;
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

    void writeMembers(CommunityUnit unit) {
        inChunks(unit, members, (connection, from, to) -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CM_MEMBER (ID, DISPLAY_NAME, "
                    + "NAME_KEY, TEAM, ACTIVITY_COUNT, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) "
                    + "VALUES (?, ?, ?, ?, 0, 1, ?, 'bench', ?, 'bench')")) {
                for (long i = from; i < to; i++) {
                    long id = FIRST_ID + i;
                    Timestamp created = Timestamp.from(now.minus(Duration.ofDays(random.nextInt(730))));
                    insert.setLong(1, id);
                    insert.setString(2, "Member " + i);
                    insert.setString(3, "member " + i);
                    insert.setInt(4, isStaff(id) ? 1 : 0);
                    insert.setTimestamp(5, created);
                    insert.setTimestamp(6, created);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    void writeActivities(CommunityUnit unit, int activities) {
        Timestamp stamp = Timestamp.from(now);
        inChunks(unit, activities, (connection, from, to) -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CM_ACTIVITY (ID, MEMBER_ID, "
                    + "ORIGIN_MEMBER_ID, TYPE_KEY, PILLAR, OCCURRED_AT, PLATFORM, TARGET_MEMBER_ID, EVENT_ID, SOURCE, "
                    + "SOURCE_KEY, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 1, ?, 'bench', ?, 'bench')")) {
                for (long i = from; i < to; i++) {
                    long member = skewedMember();
                    int percent = random.nextInt(100);
                    int type = 0;
                    while (SHARE[type] <= percent) {
                        type++;
                    }
                    insert.setLong(1, FIRST_ID + i);
                    insert.setLong(2, member);
                    insert.setLong(3, member);
                    insert.setString(4, TYPES[type]);
                    insert.setString(5, PILLARS[type]);
                    insert.setTimestamp(6, Timestamp.from(now.minusSeconds(random.nextLong(365L * 86_400))));
                    insert.setString(7, PLATFORMS[random.nextInt(PLATFORMS.length)]);
                    if (TYPES[type].equals("reply") || TYPES[type].equals("mention")) {
                        insert.setLong(8, skewedMember());
                    } else {
                        insert.setNull(8, java.sql.Types.BIGINT);
                    }
                    if (TYPES[type].equals("attend")) {
                        insert.setLong(9, 1 + random.nextInt(2_000));
                    } else {
                        insert.setNull(9, java.sql.Types.BIGINT);
                    }
                    insert.setString(10, "bench:" + i);
                    insert.setTimestamp(11, stamp);
                    insert.setTimestamp(12, stamp);
                    insert.addBatch();
                    if ((i - from) % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
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

    private interface Chunk {
        void write(Connection connection, long from, long to) throws SQLException;
    }

    private static void inChunks(CommunityUnit unit, long count, Chunk chunk) {
        for (long from = 0; from < count; from += CHUNK) {
            long to = Math.min(count, from + CHUNK);
            EntityManager em = unit.createEntityManager();
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                chunk.write(em.unwrap(Connection.class), from, to);
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
    }
}
