package org.rapport.benchmarks.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;

/**
 * The ceiling of the feed benchmark: the same posts written into the same tables (made by the feed unit in a fresh
 * database) by plain JDBC, as fast as Derby takes them: identities the first time they appear, then posts, payloads,
 * mentions and tags, one batch per table and chunk of 1,000 with the tables locked, then a commit. Nothing is
 * deduplicated, matched or scored, which is what the product adds.
 */
final class FeedRawJdbcLoader implements AutoCloseable {

    static final int CHUNK = 1_000;
    private static final String[] TABLES = { "FEED_IDENTITY", "FEED_POST", "FEED_POST_PAYLOAD", "FEED_POST_MENTION",
            "FEED_POST_TAG" };

    private final Path database;
    private final Connection c;
    private final Map<String, Long> identities = new HashMap<>();
    private final String user = System.getProperty("user.name", "");
    private long nextPost = 1;

    /** @param database the folder of an embedded Derby database whose feed tables exist */
    FeedRawJdbcLoader(Path database) throws SQLException {
        this.database = database;
        this.c = connect("");
        c.setAutoCommit(false);
    }

    /** Writes posts in chunks; returns how many. */
    int load(List<FetchedPost> posts) throws SQLException {
        for (int from = 0; from < posts.size(); from += CHUNK) {
            write(posts.subList(from, Math.min(posts.size(), from + CHUNK)));
        }
        return posts.size();
    }

    private void write(List<FetchedPost> posts) throws SQLException {
        try (Statement lock = c.createStatement()) {
            for (String table : TABLES) {
                lock.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO FEED_IDENTITY (ID, VERSION, CREATED_AT, CREATED_BY,"
                + " UPDATED_AT, UPDATED_BY, NETWORK, HANDLE, DISPLAY_NAME, DID, EMAIL, PROFILE_URL, FOLLOWERS, PERSON_ID,"
                + " PERSON_NAME, LINKED_BY_USER, CHECKED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL,"
                + " FALSE, ?)")) {
            int n = 0;
            for (FetchedPost post : posts) {
                List<AuthorIdentity> all = new ArrayList<>(post.mentions());
                all.add(post.author());
                for (AuthorIdentity identity : all) {
                    if (!identities.containsKey(identity.key())) {
                        long id = identities.size() + 1L;
                        identities.put(identity.key(), id);
                        s.setLong(1, id);
                        s.setTimestamp(2, now);
                        s.setString(3, user);
                        s.setTimestamp(4, now);
                        s.setString(5, user);
                        s.setString(6, identity.network());
                        s.setString(7, identity.handle());
                        s.setString(8, identity.displayName());
                        s.setString(9, identity.did());
                        s.setString(10, identity.email());
                        s.setString(11, identity.profileUrl());
                        s.setInt(12, identity.followers());
                        s.setTimestamp(13, now);
                        s.addBatch();
                        n++;
                    }
                }
            }
            if (n > 0) {
                s.executeBatch();
            }
        }
        long first = nextPost;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO FEED_POST (ID, VERSION, CREATED_AT, CREATED_BY,"
                + " UPDATED_AT, UPDATED_BY, SOURCE_ID, NETWORK, EXTERNAL_ID, AUTHOR_ID, AUTHOR_PERSON_ID, TEXT, PUBLISHED,"
                + " URL, LANGUAGE, IN_REPLY_TO, ROOT_ID, THREAD_ID, REPLIES, REPOSTS, LIKES, SENTIMENT, LABEL, ANSWERED)"
                + " VALUES (?, 1, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'NEUTRAL', FALSE)")) {
            for (FetchedPost post : posts) {
                s.setLong(1, nextPost++);
                s.setTimestamp(2, now);
                s.setString(3, user);
                s.setTimestamp(4, now);
                s.setString(5, user);
                s.setString(6, post.network());
                s.setString(7, post.externalId());
                s.setLong(8, identities.get(post.author().key()));
                s.setNull(9, Types.BIGINT);
                s.setString(10, post.text());
                s.setTimestamp(11, Timestamp.from(post.published()));
                s.setString(12, post.url());
                s.setString(13, post.language());
                s.setString(14, post.inReplyTo());
                s.setString(15, post.root());
                s.setString(16, post.root() != null ? post.root() : post.inReplyTo() != null ? post.inReplyTo()
                        : post.externalId());
                s.setInt(17, post.replies());
                s.setInt(18, post.reposts());
                s.setInt(19, post.likes());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO FEED_POST_PAYLOAD (POST_ID, PAYLOAD) VALUES (?, ?)")) {
            long id = first;
            for (FetchedPost post : posts) {
                s.setLong(1, id++);
                s.setString(2, post.rawPayload());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement mention = c.prepareStatement("INSERT INTO FEED_POST_MENTION (POST_ID, IDENTITY_ID)"
                + " VALUES (?, ?)"); PreparedStatement tag = c.prepareStatement("INSERT INTO FEED_POST_TAG (POST_ID, TAG)"
                        + " VALUES (?, ?)")) {
            long id = first;
            int mentions = 0;
            for (FetchedPost post : posts) {
                for (AuthorIdentity m : post.mentions()) {
                    mention.setLong(1, id);
                    mention.setLong(2, identities.get(m.key()));
                    mention.addBatch();
                    mentions++;
                }
                for (String t : post.tags()) {
                    tag.setLong(1, id);
                    tag.setString(2, t);
                    tag.addBatch();
                }
                id++;
            }
            if (mentions > 0) {
                mention.executeBatch();
            }
            tag.executeBatch();
        }
        c.commit();
    }

    private Connection connect(String attributes) throws SQLException {
        Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + database + attributes, new Properties());
        if (connection == null) {
            throw new SQLException("Derby does not accept " + database);
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        c.close();
        try {
            connect(";shutdown=true").close();
        } catch (SQLException e) {
            // 08006: the expected answer to a shutdown
        }
    }
}
