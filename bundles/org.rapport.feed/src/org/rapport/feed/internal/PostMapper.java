package org.rapport.feed.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.core.PersonRef;
import org.rapport.feed.Post;
import org.rapport.feed.internal.model.IdentityEntity;
import org.rapport.feed.internal.model.PostEntity;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;

/** Rows to the plain objects of the API. */
final class PostMapper {

    private PostMapper() {
    }

    /** A post as stored from its row, author and mentioned identities. */
    static Post post(PostEntity p, IdentityEntity author, List<IdentityEntity> mentions, List<String> tags) {
        List<AuthorIdentity> mentioned = new ArrayList<>(mentions.size());
        List<PersonRef> people = new ArrayList<>();
        for (IdentityEntity m : mentions) {
            mentioned.add(identity(m));
            PersonRef person = person(m);
            if (person != null && !people.contains(person)) {
                people.add(person);
            }
        }
        return new Post(p.getId(), p.getSourceId(), p.getNetwork(), p.getExternalId(), identity(author), person(author),
                p.getText(), p.getPublished(), p.getUrl(), p.getLanguage(), p.getInReplyTo(),
                root(p.getThreadId(), p.getExternalId()), mentioned, people, tags, p.getReplies(), p.getReposts(),
                p.getLikes(), p.getSentiment(), p.getLabel(), p.isAnswered());
    }

    /** A post just written from its row values. */
    static Post created(PostInserter.Row r, FetchedPost fetched, IdentityEntity author, List<PersonRef> mentioned) {
        return new Post(r.id(), r.sourceId(), r.network(), r.externalId(), identity(author), person(author), r.text(),
                r.published(), r.url(), r.language(), r.inReplyTo(), root(r.threadId(), r.externalId()),
                fetched.mentions(), mentioned, r.tags(), r.replies(), r.reposts(), r.likes(), r.sentiment(), r.label(),
                false);
    }

    /** An identity as the API shows it. */
    static AuthorIdentity identity(IdentityEntity i) {
        return new AuthorIdentity(i.getNetwork(), i.getHandle(), i.getDisplayName(), i.getDid(), i.getEmail(),
                i.getProfileUrl(), i.getFollowers());
    }

    /** The contact an identity is matched to, or {@code null}. */
    static PersonRef person(IdentityEntity i) {
        return i.getPersonId() == null ? null : new PersonRef(i.getPersonId(), nonNull(i.getPersonName()));
    }

    /** The thread's first post when it is another post, else {@code null} (the post starts its conversation). */
    private static String root(String threadId, String externalId) {
        return threadId == null || threadId.equals(externalId) ? null : threadId;
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
