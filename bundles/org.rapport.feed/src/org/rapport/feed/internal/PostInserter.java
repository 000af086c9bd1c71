package org.rapport.feed.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.rapport.feed.SentimentLabel;

/**
 * Writes new posts with JDBC batches, one statement per table for the whole chunk: the rows EclipseLink would write
 * for {@code em.persist(post)} (the same tables, columns and values, version 1 and the audit fields), grouped by table
 * so that every batch is full (EclipseLink writes an entity's collection rows right after its own row, which breaks
 * a batch at every statement change). Runs on the connection of the chunk's JPA transaction, so it commits or rolls
 * back with it. The column lists follow {@code PostEntity} and {@code PostPayloadEntity}; the tests read posts written
 * here back through JPA.
 */
final class PostInserter {

    static final String POST = "INSERT INTO FEED_POST (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY,"
            + " SOURCE_ID, NETWORK, EXTERNAL_ID, AUTHOR_ID, AUTHOR_PERSON_ID, TEXT, PUBLISHED, URL, LANGUAGE, IN_REPLY_TO,"
            + " ROOT_ID, THREAD_ID, REPLIES, REPOSTS, LIKES, SENTIMENT, LABEL, ANSWERED)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String PAYLOAD = "INSERT INTO FEED_POST_PAYLOAD (POST_ID, PAYLOAD) VALUES (?, ?)";
    static final String MENTION = "INSERT INTO FEED_POST_MENTION (POST_ID, IDENTITY_ID) VALUES (?, ?)";
    static final String TAG = "INSERT INTO FEED_POST_TAG (POST_ID, TAG) VALUES (?, ?)";
    static final String COUNTS = "UPDATE FEED_POST SET REPLIES = ?, REPOSTS = ?, LIKES = ?, VERSION = VERSION + 1"
            + " WHERE ID = ?";
    /** Replies stored before their parent pointed at the parent as their thread; the parent knows the real one. */
    static final String RETHREAD = "UPDATE FEED_POST SET THREAD_ID = ? WHERE NETWORK = ? AND THREAD_ID = ?";

    /** The tables a chunk writes, locked for a large chunk's transaction (see {@link #lockTables}). */
    static final List<String> TABLES = List.of("FEED_POST", "FEED_POST_PAYLOAD", "FEED_POST_MENTION", "FEED_POST_TAG");

    /**
     * A new post row, its values ready for the columns.
     *
     * @param id             from the post sequence
     * @param sourceId       the source, 0 for a file
     * @param network        lower case
     * @param externalId     shortened to the key length
     * @param authorId       the author's identity
     * @param authorPersonId the matched contact, or {@code null}
     * @param text           shortened to the text length
     * @param published      when
     * @param url            or {@code null}
     * @param language       or {@code null}
     * @param inReplyTo      shortened key, or {@code null}
     * @param root           shortened key, or {@code null}
     * @param threadId       shortened key
     * @param replies        count or -1
     * @param reposts        count or -1
     * @param likes          count or -1
     * @param sentiment      compound score
     * @param label          its label
     * @param payload        raw payload or {@code null}
     * @param mentionIds     identity ids
     * @param tags           tags (at most 100 characters each)
     */
    record Row(long id, long sourceId, String network, String externalId, long authorId, Long authorPersonId,
            String text, Instant published, String url, String language, String inReplyTo, String root,
            String threadId, int replies, int reposts, int likes, double sentiment, SentimentLabel label,
            String payload, List<Long> mentionIds, List<String> tags) {
    }

    /**
     * The counts of a post stored before, refreshed.
     *
     * @param id      the post
     * @param replies reply count
     * @param reposts repost count
     * @param likes   like count
     */
    record Counts(long id, int replies, int reposts, int likes) {
    }

    /**
     * Locks the tables a chunk writes for the rest of the transaction. Without it Derby takes a lock per row and index
     * entry, tens of thousands per chunk, and spends much of an import managing them. Readers wait at most one chunk.
     */
    static void lockTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        }
    }

    void insert(Connection c, List<Row> rows, Instant now, String user) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement s = c.prepareStatement(POST)) {
            for (Row r : rows) {
                s.setLong(1, r.id());
                s.setTimestamp(2, at);
                s.setString(3, user);
                s.setTimestamp(4, at);
                s.setString(5, user);
                s.setLong(6, r.sourceId());
                s.setString(7, r.network());
                s.setString(8, r.externalId());
                s.setLong(9, r.authorId());
                if (r.authorPersonId() == null) {
                    s.setNull(10, Types.BIGINT);
                } else {
                    s.setLong(10, r.authorPersonId());
                }
                s.setString(11, r.text());
                s.setTimestamp(12, Timestamp.from(r.published()));
                s.setString(13, r.url());
                s.setString(14, r.language());
                s.setString(15, r.inReplyTo());
                s.setString(16, r.root());
                s.setString(17, r.threadId());
                s.setInt(18, r.replies());
                s.setInt(19, r.reposts());
                s.setInt(20, r.likes());
                s.setDouble(21, r.sentiment());
                s.setString(22, r.label().name());
                s.setBoolean(23, false);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(PAYLOAD)) {
            int n = 0;
            for (Row r : rows) {
                if (r.payload() != null) {
                    s.setLong(1, r.id());
                    s.setString(2, r.payload());
                    s.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                s.executeBatch();
            }
        }
        try (PreparedStatement s = c.prepareStatement(MENTION)) {
            int n = 0;
            for (Row r : rows) {
                for (long identity : r.mentionIds()) {
                    s.setLong(1, r.id());
                    s.setLong(2, identity);
                    s.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                s.executeBatch();
            }
        }
        try (PreparedStatement s = c.prepareStatement(TAG)) {
            int n = 0;
            for (Row r : rows) {
                for (String tag : r.tags()) {
                    s.setLong(1, r.id());
                    s.setString(2, tag);
                    s.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                s.executeBatch();
            }
        }
    }

    /** Refreshes the counts of posts stored before. */
    static void updateCounts(Connection c, List<Counts> counts) throws SQLException {
        if (counts.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(COUNTS)) {
            for (Counts n : counts) {
                s.setInt(1, n.replies());
                s.setInt(2, n.reposts());
                s.setInt(3, n.likes());
                s.setLong(4, n.id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Moves replies that were stored before their parent, and took the parent as their conversation, into the
     * conversation the parent belongs to.
     */
    static void rethread(Connection c, List<Row> replies) throws SQLException {
        if (replies.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(RETHREAD)) {
            for (Row r : replies) {
                s.setString(1, r.threadId());
                s.setString(2, r.network());
                s.setString(3, r.externalId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
