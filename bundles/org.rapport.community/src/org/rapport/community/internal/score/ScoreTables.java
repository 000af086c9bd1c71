package org.rapport.community.internal.score;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.community.MemberScore;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.Pillar;

/**
 * The full recompute's SQL: what it reads of the community's tables (members, activity types, activities in table
 * order) and how it replaces the stored scores. Plain JDBC on the unit's connection, because 5
 * million activities as entities (or even as JPQL rows) would cost more than the whole computation; timestamps go
 * through {@link Timestamp} both ways, as EclipseLink maps {@link Instant}.
 */
final class ScoreTables {

    /** Rows a batch of the score insert holds. */
    private static final int BATCH = 2_000;

    private ScoreTables() {
    }

    /**
     * The members to score and the staff to leave out.
     *
     * @param ids    unmerged members that are not staff, sorted
     * @param joined when each of them was created (same order)
     * @param staff  staff members' ids, sorted
     */
    record Roster(long[] ids, Instant[] joined, long[] staff) {

        boolean isStaff(long memberId) {
            return Arrays.binarySearch(staff, memberId) >= 0;
        }

        Instant joinedOf(long memberId) {
            int at = Arrays.binarySearch(ids, memberId);
            return at < 0 ? null : joined[at];
        }
    }

    static Roster roster(Connection connection) throws SQLException {
        long[] ids = new long[1024];
        Instant[] joined = new Instant[1024];
        long[] staff = new long[16];
        int members = 0;
        int staffCount = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT ID, TEAM, CREATED_AT FROM CM_MEMBER WHERE MERGED_INTO IS NULL ORDER BY ID")) {
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    if (staffCount == staff.length) {
                        staff = Arrays.copyOf(staff, staffCount * 2);
                    }
                    staff[staffCount++] = rows.getLong(1);
                    continue;
                }
                if (members == ids.length) {
                    ids = Arrays.copyOf(ids, members * 2);
                    joined = Arrays.copyOf(joined, members * 2);
                }
                ids[members] = rows.getLong(1);
                Timestamp created = rows.getTimestamp(3);
                joined[members++] = created == null ? null : created.toInstant();
            }
        }
        return new Roster(Arrays.copyOf(ids, members), Arrays.copyOf(joined, members), Arrays.copyOf(staff,
                staffCount));
    }

    /** The activity types (index = the type's number in {@link ActivityColumns}), and their names by key. */
    record Types(List<ActivityColumns.Type> list, Map<String, Integer> index, Map<String, String> names) {

        /** The number of a type key; a key without a type (deleted) gets a type weighing nothing. */
        int indexOf(String key, Pillar pillar) {
            Integer at = index.get(key);
            if (at == null) {
                at = list.size();
                list.add(new ActivityColumns.Type(key, 0, pillar));
                index.put(key, at);
            }
            return at;
        }
    }

    static Types types(Connection connection) throws SQLException {
        List<ActivityColumns.Type> list = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT TYPE_KEY, NAME, PILLAR, WEIGHT FROM CM_ACTIVITY_TYPE ORDER BY TYPE_KEY")) {
            while (rows.next()) {
                index.put(rows.getString(1), list.size());
                list.add(new ActivityColumns.Type(rows.getString(1), rows.getDouble(4), Pillar.valueOf(rows.getString(3))));
                names.put(rows.getString(1), rows.getString(2));
            }
        }
        return new Types(list, index, names);
    }

    static long countActivities(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CM_ACTIVITY")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Reads the activities of one part of the members (member id modulo {@code parts}) in table order into
     * {@code columns}; returns how many were read. The rows come {@code fetchSize} at a time: PostgreSQL's driver streams
     * only on a connection in a transaction (autocommit off, as in the full recompute's write), otherwise it would hold
     * the whole result in memory.
     */
    static long scan(Connection connection, int parts, int part, Types types, ActivityColumns columns)
            throws SQLException {
        String sql = "SELECT MEMBER_ID, OCCURRED_AT, TYPE_KEY, PILLAR, PLATFORM, TARGET_MEMBER_ID, EVENT_ID "
                + "FROM CM_ACTIVITY" + (parts > 1 ? " WHERE MOD(MEMBER_ID, " + parts + ") = " + part : "");
        Map<String, Pillar> pillars = new HashMap<>();
        for (Pillar pillar : Pillar.values()) {
            pillars.put(pillar.name(), pillar);
        }
        long read = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1_000);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    Pillar pillar = pillars.get(rows.getString(4));
                    columns.add(rows.getLong(1), rows.getTimestamp(2).toInstant().getEpochSecond(),
                            types.indexOf(rows.getString(3), pillar), pillar, rows.getString(5), rows.getLong(6),
                            rows.getLong(7));
                    read++;
                }
            }
        }
        return read;
    }

    /** The stored level numbers by member id (to count what a recompute moved). */
    static Map<Long, Integer> storedLevels(Connection connection) throws SQLException {
        Map<Long, Integer> levels = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MEMBER_ID, LEVEL_NO FROM CM_SCORE")) {
            while (rows.next()) {
                levels.put(rows.getLong(1), rows.getInt(2));
            }
        }
        return levels;
    }

    /** Replaces the stored months from the first of {@code months} on (older months stay: the chart's history). */
    static void replaceMonths(Connection connection, List<OrbitSnapshot> months, String user) throws SQLException {
        if (months.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CM_ORBIT_MONTH WHERE MONTH_KEY >= ?")) {
            delete.setInt(1, OrbitMonthEntity.key(months.get(0).month()));
            delete.executeUpdate();
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(OrbitMonthEntity.INSERT)) {
            for (OrbitSnapshot month : months) {
                insert.setInt(1, OrbitMonthEntity.key(month.month()));
                insert.setInt(2, month.advocates());
                insert.setInt(3, month.contributors());
                insert.setInt(4, month.participants());
                insert.setInt(5, month.explorers());
                insert.setDouble(6, month.weightedCommitment());
                insert.setDouble(7, month.gravity());
                insert.setTimestamp(8, now);
                insert.setString(9, user);
                insert.setTimestamp(10, now);
                insert.setString(11, user);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Replaces every stored score (in the caller's transaction: readers see the old scores until the commit). */
    static void replaceScores(Connection connection, List<MemberScore> scores, String user) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM CM_SCORE");
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(ScoreEntity.INSERT)) {
            int batched = 0;
            for (MemberScore score : scores) {
                insert.setLong(1, score.memberId());
                insert.setInt(2, score.level().number());
                insert.setDouble(3, score.love());
                insert.setDouble(4, score.reach());
                insert.setDouble(5, score.gravity());
                insert.setTimestamp(6, score.lastActive() == null ? null : Timestamp.from(score.lastActive()));
                insert.setTimestamp(7, Timestamp.from(score.asOf()));
                insert.setTimestamp(8, now);
                insert.setString(9, user);
                insert.setTimestamp(10, now);
                insert.setString(11, user);
                insert.addBatch();
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
    }
}
