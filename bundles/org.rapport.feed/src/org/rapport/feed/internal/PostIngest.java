package org.rapport.feed.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

import org.eclipse.persistence.jpa.JpaEntityManager;
import org.rapport.core.PersonRef;
import org.rapport.feed.Post;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.internal.model.IdentityEntity;
import org.rapport.feed.internal.model.PostEntity;
import org.rapport.feed.internal.sentiment.SentimentScorer;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.persistence.access.Audited;

/**
 * Stores one chunk of fetched posts in one transaction: posts stored before only get their counts refreshed; new
 * ones get their identities (created, refreshed, matched to contacts), a sentiment score, their conversation, and are
 * written with JDBC batches ({@link PostInserter}) on the transaction's connection.
 */
final class PostIngest {

    /** Posts per transaction: a crash loses at most this many, a re-run skips what was committed. */
    static final int CHUNK = 1_000;
    /** Chunks from this size lock the post tables for their transaction (Derby's row locks cost more than they save). */
    static final int LOCK_FROM = 200;
    /** Texts from this many posts on are scored on every core. */
    private static final int PARALLEL_FROM = 256;
    private static final int IN_LIST = 400;
    /** Tries of a chunk that lost to other writers of the same rows (each retry finds more of them stored). */
    private static final int ATTEMPTS = 3;

    /**
     * What one chunk did.
     *
     * @param created       the new posts, as API objects
     * @param alreadyStored posts stored before
     * @param matched       new posts whose author is matched
     * @param negative      new posts labelled negative
     * @param people        contacts who wrote or are mentioned in the new posts
     */
    record Outcome(List<Post> created, int alreadyStored, int matched, int negative, Set<Long> people) {
    }

    private final FeedUnit unit;
    private final SentimentScorer scorer;
    private final PostInserter inserter = new PostInserter();

    PostIngest(FeedUnit unit, SentimentScorer scorer) {
        this.unit = unit;
        this.scorer = scorer;
    }

    /**
     * Stores a chunk of posts that are distinct by network and external id. Another writer storing some of the same
     * posts or identities at the same moment (two sources carrying a post; in team mode, two colleagues' Rapport
     * polling one source) cannot be seen before it commits, so both may insert the same rows: the loser of the unique
     * key (or of the deadlock between the two) stores the chunk again, and then finds those rows stored.
     */
    Outcome store(long sourceId, List<FetchedPost> posts, PersonMatcher matcher, Instant now) {
        double[] scores = score(posts);
        for (int attempt = 1;; attempt++) {
            try {
                return storeOnce(sourceId, posts, scores, matcher, now);
            } catch (PersistenceException e) {
                if (attempt == ATTEMPTS || !lostToAnotherWriter(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether a chunk failed only because another transaction wrote the same rows first: a unique key (SQLState
     * 23505 on Derby and PostgreSQL) or a deadlock/serialization failure (class 40) chose this transaction.
     */
    private static boolean lostToAnotherWriter(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.equals("23505") || state.startsWith("40"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Outcome storeOnce(long sourceId, List<FetchedPost> posts, double[] scores, PersonMatcher matcher,
            Instant now) {
        EntityManager em = unit.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            Map<String, long[]> stored = storedCounts(em, posts);
            List<PostInserter.Counts> refreshed = new ArrayList<>();
            List<FetchedPost> fresh = new ArrayList<>();
            List<Double> freshScores = new ArrayList<>();
            for (int i = 0; i < posts.size(); i++) {
                FetchedPost post = posts.get(i);
                long[] counts = stored.get(Keys.postKey(post.network(), post.externalId()));
                if (counts == null) {
                    fresh.add(post);
                    freshScores.add(scores[i]);
                } else if (changed(counts, post)) {
                    refreshed.add(new PostInserter.Counts(counts[0], keep(post.replies(), counts[1]),
                            keep(post.reposts(), counts[2]), keep(post.likes(), counts[3])));
                }
            }
            List<AuthorIdentity> identities = new ArrayList<>();
            for (FetchedPost post : fresh) {
                identities.add(post.author());
                identities.addAll(post.mentions());
            }
            IdentityBook book = IdentityBook.load(em, identities, matcher, now);
            Map<String, IdentityEntity> rowsByKey = new HashMap<>();
            for (AuthorIdentity identity : identities) {
                rowsByKey.computeIfAbsent(identity.key(), k -> book.upsert(identity));
            }
            em.flush(); // identity ids and changes are in the database before the posts refer to them
            Map<String, String> threads = Threads.resolve(em, fresh);
            JpaEntityManager jpa = em.unwrap(JpaEntityManager.class);
            List<PostInserter.Row> rows = new ArrayList<>(fresh.size());
            List<PostInserter.Row> replies = new ArrayList<>();
            List<Post> created = new ArrayList<>(fresh.size());
            Set<Long> people = new LinkedHashSet<>();
            int matched = 0;
            int negative = 0;
            for (int i = 0; i < fresh.size(); i++) {
                FetchedPost post = fresh.get(i);
                long id = jpa.getServerSession().getNextSequenceNumberValue(PostEntity.class).longValue();
                IdentityEntity author = rowsByKey.get(post.author().key());
                List<Long> mentionIds = new ArrayList<>();
                List<PersonRef> mentioned = new ArrayList<>();
                for (AuthorIdentity mention : post.mentions()) {
                    IdentityEntity row = rowsByKey.get(mention.key());
                    if (!mentionIds.contains(row.getId())) {
                        mentionIds.add(row.getId());
                        if (row.getPersonId() != null) {
                            mentioned.add(new PersonRef(row.getPersonId(), PostMapper.nonNull(row.getPersonName())));
                            people.add(row.getPersonId());
                        }
                    }
                }
                double score = freshScores.get(i);
                SentimentLabel label = SentimentLabel.of(score);
                String externalId = Keys.key(post.externalId());
                String thread = threads.get(Keys.postKey(post.network(), post.externalId()));
                List<String> tags = post.tags().stream().map(t -> Keys.clip(t, 100)).distinct().toList();
                PostInserter.Row row = new PostInserter.Row(id, sourceId, post.network(), externalId, author.getId(),
                        author.getPersonId(), Keys.clip(post.text(), PostEntity.TEXT_LENGTH), post.published(),
                        Keys.clip(post.url(), PostEntity.URL_LENGTH), Keys.clip(post.language(), 35),
                        Keys.key(post.inReplyTo()), Keys.key(post.root()), thread, post.replies(), post.reposts(),
                        post.likes(), score, label, post.rawPayload(), mentionIds, tags);
                rows.add(row);
                if (!thread.equals(externalId)) {
                    replies.add(row);
                }
                if (author.getPersonId() != null) {
                    matched++;
                    people.add(author.getPersonId());
                }
                if (label == SentimentLabel.NEGATIVE) {
                    negative++;
                }
                created.add(PostMapper.created(row, post, author, mentioned));
            }
            Connection connection = em.unwrap(Connection.class);
            if (posts.size() >= LOCK_FROM) {
                PostInserter.lockTables(connection);
            }
            inserter.insert(connection, rows, now, Audited.currentUser(em));
            PostInserter.rethread(connection, replies);
            PostInserter.updateCounts(connection, refreshed);
            tx.commit();
            return new Outcome(created, posts.size() - fresh.size(), matched, negative, people);
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Scores every text, on every core when there are many: the scorer is thread-safe. */
    private double[] score(List<FetchedPost> posts) {
        double[] scores = new double[posts.size()];
        IntStream indexes = IntStream.range(0, posts.size());
        (posts.size() >= PARALLEL_FROM ? indexes.parallel() : indexes)
                .forEach(i -> scores[i] = scorer.score(posts.get(i).text()));
        return scores;
    }

    /** Id and counts of the posts among these that are stored, by {@link Keys#postKey}. */
    private static Map<String, long[]> storedCounts(EntityManager em, List<FetchedPost> posts) {
        Map<String, List<String>> byNetwork = new HashMap<>();
        for (FetchedPost post : posts) {
            byNetwork.computeIfAbsent(post.network(), n -> new ArrayList<>()).add(Keys.key(post.externalId()));
        }
        Map<String, long[]> stored = new HashMap<>();
        byNetwork.forEach((network, ids) -> {
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                for (Object[] row : em.createQuery("SELECT p.externalId, p.id, p.replies, p.reposts, p.likes FROM Post p"
                        + " WHERE p.network = :network AND p.externalId IN :ids", Object[].class)
                        .setParameter("network", network)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultList()) {
                    stored.put(network + ' ' + row[0], new long[] { (Long) row[1], (Integer) row[2], (Integer) row[3],
                            (Integer) row[4] });
                }
            }
        });
        return stored;
    }

    /** Whether the network reports counts other than the stored ones (an unknown count, -1, changes nothing). */
    private static boolean changed(long[] counts, FetchedPost post) {
        return keep(post.replies(), counts[1]) != counts[1] || keep(post.reposts(), counts[2]) != counts[2]
                || keep(post.likes(), counts[3]) != counts[3];
    }

    private static int keep(int incoming, long stored) {
        return incoming >= 0 ? incoming : (int) stored;
    }
}
