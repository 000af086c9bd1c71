package org.rapport.feed.sources;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post as a source type read it, before Rapport stores it. A boost or repost is returned as the original post (its
 * author and words), with {@link #repostedBy} naming who shared it.
 *
 * @param externalId  the id that makes the post unique within its network: the status URI, the Bluesky {@code at://}
 *                    URI, the item's guid (else its link); Rapport stores a post once per network and external id
 * @param network     the network, lower case
 * @param author      who wrote it
 * @param text        the text with HTML reduced to plain text; links kept as their URLs
 * @param published   when it was published
 * @param url         its web address, or {@code null}
 * @param language    its language (BCP 47) when given, or {@code null}
 * @param inReplyTo   the external id of the post it answers, or {@code null}
 * @param root        the external id of its thread's first post, or {@code null} when it is the first itself or unknown
 * @param mentions    the identities it mentions
 * @param tags        its hashtags or categories, without {@code #}
 * @param replies     the reply count when known, else {@code -1}
 * @param reposts     the repost/boost count when known, else {@code -1}
 * @param likes       the like/favourite count when known, else {@code -1}
 * @param repostedBy  who shared it into the source, or {@code null}
 * @param rawPayload  the item as the service sent it (JSON or XML), so it can be re-read later; may be {@code null}
 */
public record FetchedPost(String externalId, String network, AuthorIdentity author, String text, Instant published,
        String url, String language, String inReplyTo, String root, List<AuthorIdentity> mentions,
        List<String> tags, int replies, int reposts, int likes, AuthorIdentity repostedBy, String rawPayload) {

    /** Checks the required components and copies the lists. */
    public FetchedPost {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
