package org.rapport.feed.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.rapport.feed.sources.FetchedPost;

/**
 * The conversation each new post belongs to, as the external id of its first known post: the root the network named;
 * else the conversation of the post it answers (in the same chunk, else stored), else that post itself; a post that
 * answers nothing starts its own.
 */
final class Threads {

    private static final int IN_LIST = 400;
    /** Reply chains are followed at most this deep inside one chunk (a cycle in bad data ends there). */
    private static final int DEPTH = 64;

    private Threads() {
    }

    /** The thread of every post, by {@link Keys#postKey}. */
    static Map<String, String> resolve(EntityManager em, List<FetchedPost> posts) {
        Map<String, FetchedPost> inChunk = new HashMap<>();
        for (FetchedPost post : posts) {
            inChunk.put(Keys.postKey(post.network(), post.externalId()), post);
        }
        Map<String, String> storedThreads = storedThreadsOfParents(em, posts, inChunk);
        Map<String, String> threads = new HashMap<>();
        for (FetchedPost post : posts) {
            threads.put(Keys.postKey(post.network(), post.externalId()), thread(post, inChunk, storedThreads));
        }
        return threads;
    }

    private static String thread(FetchedPost post, Map<String, FetchedPost> inChunk, Map<String, String> stored) {
        FetchedPost current = post;
        for (int depth = 0; depth < DEPTH; depth++) {
            if (current.root() != null) {
                return Keys.key(current.root());
            }
            if (current.inReplyTo() == null) {
                return Keys.key(current.externalId());
            }
            String parentKey = Keys.postKey(current.network(), current.inReplyTo());
            FetchedPost parent = inChunk.get(parentKey);
            if (parent == null || parent == current) {
                return stored.getOrDefault(parentKey, Keys.key(current.inReplyTo()));
            }
            current = parent;
        }
        return Keys.key(current.externalId());
    }

    /** The stored threads of the posts that new posts answer, when those are not in the chunk. */
    private static Map<String, String> storedThreadsOfParents(EntityManager em, List<FetchedPost> posts,
            Map<String, FetchedPost> inChunk) {
        Map<String, List<String>> byNetwork = new HashMap<>();
        for (FetchedPost post : posts) {
            if (post.root() == null && post.inReplyTo() != null
                    && !inChunk.containsKey(Keys.postKey(post.network(), post.inReplyTo()))) {
                byNetwork.computeIfAbsent(post.network(), n -> new ArrayList<>()).add(Keys.key(post.inReplyTo()));
            }
        }
        Map<String, String> threads = new HashMap<>();
        byNetwork.forEach((network, ids) -> {
            List<String> distinct = ids.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += IN_LIST) {
                for (Object[] row : em.createQuery("SELECT p.externalId, p.threadId FROM Post p WHERE p.network = :network"
                        + " AND p.externalId IN :ids", Object[].class).setParameter("network", network)
                        .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + IN_LIST)))
                        .getResultList()) {
                    threads.put(network + ' ' + row[0], (String) row[1]);
                }
            }
        });
        return threads;
    }
}
