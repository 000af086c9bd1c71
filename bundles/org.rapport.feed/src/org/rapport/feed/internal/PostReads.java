package org.rapport.feed.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.internal.model.IdentityEntity;
import org.rapport.feed.internal.model.PostEntity;

/**
 * The feed's read queries, newest first by the index on {@code (PUBLISHED DESC, ID DESC)}. Posts "of a person" are
 * two index range scans (written by: the copied author match; mentioning: through the identities matched to the
 * person) merged here, because Derby turns an OR across them into a scan of every post.
 */
final class PostReads {

    private static final int IN_LIST = 400;
    private static final String ORDER = " ORDER BY p.published DESC, p.id DESC";
    private static final Comparator<PostEntity> NEWEST_FIRST = Comparator.comparing(PostEntity::getPublished)
            .thenComparingLong(PostEntity::getId).reversed();

    private PostReads() {
    }

    /** A page of posts matching the query. */
    static List<Post> page(EntityManager em, PostQuery query, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        if (query.personId() == null) {
            return posts(em, select(em, PostEntity.class, "SELECT p FROM Post p", where(query, null), query, ORDER)
                    .setFirstResult(offset).setMaxResults(limit).getResultList());
        }
        // both halves up to the page's end, merged in order: people's pages are short, so offsets stay small
        List<PostEntity> merged = new ArrayList<>();
        for (String person : List.of(WRITTEN_BY, MENTIONING)) {
            merged.addAll(select(em, PostEntity.class, "SELECT p FROM Post p", where(query, person), query, ORDER)
                    .setMaxResults(offset + limit).getResultList());
        }
        merged.sort(NEWEST_FIRST);
        return posts(em, merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size())));
    }

    /** How many posts match the query. */
    static int count(EntityManager em, PostQuery query) {
        if (query.personId() == null) {
            return select(em, Long.class, "SELECT COUNT(p) FROM Post p", where(query, null), query, "").getSingleResult().intValue();
        }
        long total = 0;
        for (String person : List.of(WRITTEN_BY, MENTIONING)) {
            total += select(em, Long.class, "SELECT COUNT(p) FROM Post p", where(query, person), query, "").getSingleResult();
        }
        return (int) total;
    }

    /** Posts with an id above {@code afterId}, by id, at most {@code limit}. */
    static List<Post> after(EntityManager em, long afterId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return posts(em, em.createQuery("SELECT p FROM Post p WHERE p.id > :after ORDER BY p.id", PostEntity.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList());
    }

    /** The post with this id. */
    static Optional<Post> post(EntityManager em, long id) {
        PostEntity post = em.find(PostEntity.class, id);
        return post == null ? Optional.empty() : Optional.of(posts(em, List.of(post)).get(0));
    }

    /** The conversation of a post, oldest first. */
    static List<Post> conversation(EntityManager em, long id) {
        PostEntity post = em.find(PostEntity.class, id);
        if (post == null) {
            return List.of();
        }
        return posts(em, em.createQuery("SELECT p FROM Post p WHERE p.network = :network AND p.threadId = :thread"
                + " ORDER BY p.published, p.id", PostEntity.class).setParameter("network", post.getNetwork())
                .setParameter("thread", post.getThreadId()).getResultList());
    }

    private static final String WRITTEN_BY = "p.authorPersonId = :person";
    private static final String MENTIONING = "p.id IN (SELECT q.id FROM Post q JOIN q.mentionIds m, Identity i"
            + " WHERE i.personId = :person AND m = i.id) AND (p.authorPersonId IS NULL OR p.authorPersonId <> :person)";

    private static String where(PostQuery q, String person) {
        List<String> conditions = new ArrayList<>();
        if (q.sourceId() != null) {
            conditions.add("p.sourceId = :source");
        }
        if (q.label() != null) {
            conditions.add("p.label = :label");
        }
        if (q.term() != null && !q.term().isBlank()) {
            conditions.add("LOWER(p.text) LIKE :term ESCAPE '\\'");
        }
        if (person != null) {
            conditions.add(person);
        }
        if (q.matchedOnly()) {
            conditions.add("p.authorPersonId IS NOT NULL");
        }
        if (q.unanswered()) {
            conditions.add("p.answered = FALSE");
        }
        if (q.from() != null) {
            conditions.add("p.published >= :from");
        }
        if (q.to() != null) {
            conditions.add("p.published < :to");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> TypedQuery<T> select(EntityManager em, Class<T> type, String select, String where, PostQuery q,
            String order) {
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (q.sourceId() != null) {
            query.setParameter("source", q.sourceId());
        }
        if (q.label() != null) {
            query.setParameter("label", q.label());
        }
        if (q.term() != null && !q.term().isBlank()) {
            query.setParameter("term", "%" + likeEscaped(q.term().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (where.contains(":person")) {
            query.setParameter("person", q.personId());
        }
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        return query;
    }

    private static String likeEscaped(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Rows to posts, with their authors, mentions and tags read in a few queries for the whole list. */
    static List<Post> posts(EntityManager em, List<PostEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(PostEntity::getId).toList();
        Map<Long, List<Long>> mentions = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            for (Object[] row : em.createQuery("SELECT p.id, m FROM Post p JOIN p.mentionIds m WHERE p.id IN :ids",
                    Object[].class).setParameter("ids", part).getResultList()) {
                mentions.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
            }
            for (Object[] row : em.createQuery("SELECT p.id, t FROM Post p JOIN p.tags t WHERE p.id IN :ids",
                    Object[].class).setParameter("ids", part).getResultList()) {
                tags.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        Set<Long> identityIds = new LinkedHashSet<>();
        rows.forEach(p -> identityIds.add(p.getAuthorId()));
        mentions.values().forEach(identityIds::addAll);
        Map<Long, IdentityEntity> identities = identities(em, identityIds);
        List<Post> posts = new ArrayList<>(rows.size());
        for (PostEntity p : rows) {
            List<IdentityEntity> mentioned = mentions.getOrDefault(p.getId(), List.of()).stream()
                    .map(identities::get).toList();
            posts.add(PostMapper.post(p, identities.get(p.getAuthorId()), mentioned,
                    tags.getOrDefault(p.getId(), List.of())));
        }
        return posts;
    }

    static Map<Long, IdentityEntity> identities(EntityManager em, Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        Map<Long, IdentityEntity> identities = new HashMap<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            for (IdentityEntity i : em.createQuery("SELECT i FROM Identity i WHERE i.id IN :ids", IdentityEntity.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_LIST))).getResultList()) {
                identities.put(i.getId(), i);
            }
        }
        return identities;
    }
}
