package org.rapport.feed;

import java.time.Instant;
import java.util.List;

import org.rapport.core.PersonRef;
import org.rapport.feed.sources.AuthorIdentity;

/**
 * A stored post.
 *
 * @param id              Rapport's id of the post
 * @param sourceId        the source it first came from, or 0 for a file import without a source
 * @param network         the network, lower case
 * @param externalId      its id on the network (status URI, {@code at://} URI, guid)
 * @param author          who wrote it
 * @param authorPerson    the contact the author is matched to, or {@code null}
 * @param text            plain text, links kept
 * @param published       when it was published
 * @param url             its web address, or {@code null}
 * @param language        its language, or {@code null}
 * @param inReplyTo       the external id of the post it answers, or {@code null}
 * @param root            the external id of its thread's root, or {@code null}
 * @param mentions        the identities it mentions
 * @param mentionedPeople the contacts among the mentioned identities
 * @param tags            hashtags / categories
 * @param replies         reply count, or −1
 * @param reposts         repost count, or −1
 * @param likes           like count, or −1
 * @param sentiment       compound sentiment score in −1…1
 * @param label           the score's label
 * @param answered        whether a user marked the conversation as answered
 */
public record Post(long id, long sourceId, String network, String externalId, AuthorIdentity author,
        PersonRef authorPerson, String text, Instant published, String url, String language, String inReplyTo,
        String root, List<AuthorIdentity> mentions, List<PersonRef> mentionedPeople, List<String> tags, int replies,
        int reposts, int likes, double sentiment, SentimentLabel label, boolean answered) {

    /** Copies the lists. */
    public Post {
        mentions = List.copyOf(mentions);
        mentionedPeople = List.copyOf(mentionedPeople);
        tags = List.copyOf(tags);
    }
}
