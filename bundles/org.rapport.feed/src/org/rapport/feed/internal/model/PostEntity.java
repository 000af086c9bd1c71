package org.rapport.feed.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.rapport.feed.SentimentLabel;
import org.rapport.persistence.access.Audited;

/**
 * A stored post row. Stored once per network and external id. The author is an {@link IdentityEntity} by id; the
 * contact it is matched to is copied here ({@code AUTHOR_PERSON_ID}) so that "posts of a person" and "matched only" are
 * index range scans. Mentions are identity ids (a mention follows its identity's match without rewriting posts); the
 * raw payload lives in {@link PostPayloadEntity} so that reading a page of posts never reads it.
 * <p>
 * New posts are written by {@code PostInserter} with JDBC batches; its column lists follow these mappings. Not in the
 * shared cache: JDBC also refreshes counts and conversations of stored posts, and a million posts are no cache's job.
 */
@Cacheable(false)
@Entity(name = "Post")
@Table(name = "FEED_POST", uniqueConstraints = @UniqueConstraint(name = "UX_POST_KEY", columnNames = { "NETWORK",
        "EXTERNAL_ID" }), indexes = {
                @Index(name = "IX_POST_PUBLISHED", columnList = "PUBLISHED DESC, ID DESC"),
                @Index(name = "IX_POST_PERSON", columnList = "AUTHOR_PERSON_ID, PUBLISHED DESC, ID DESC"),
                @Index(name = "IX_POST_LABEL", columnList = "LABEL, PUBLISHED DESC, ID DESC"),
                @Index(name = "IX_POST_AUTHOR", columnList = "AUTHOR_ID"),
                @Index(name = "IX_POST_THREAD", columnList = "NETWORK, THREAD_ID"),
                @Index(name = "IX_POST_SOURCE", columnList = "SOURCE_ID, PUBLISHED DESC, ID DESC") })
@SequenceGenerator(name = "feed_post_ids", sequenceName = "FEED_POST_SEQ", allocationSize = PostEntity.ID_BLOCK)
public class PostEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /** Ids preallocated per sequence call: a chunk of an import takes a few blocks. */
    public static final int ID_BLOCK = 500;
    /** The longest key (external id, reply-to, root, thread) stored as is; longer ones are shortened with a hash. */
    public static final int KEY_LENGTH = 512;
    /** The longest text stored; the whole item stays in the payload. */
    public static final int TEXT_LENGTH = 16_000;
    /** The longest URL stored. */
    public static final int URL_LENGTH = 2048;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_post_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "SOURCE_ID", nullable = false)
    private long sourceId;
    @Column(name = "NETWORK", length = 32, nullable = false)
    private String network;
    @Column(name = "EXTERNAL_ID", length = KEY_LENGTH, nullable = false)
    private String externalId;
    @Column(name = "AUTHOR_ID", nullable = false)
    private long authorId;
    @Column(name = "AUTHOR_PERSON_ID")
    private Long authorPersonId;
    @Column(name = "TEXT", length = TEXT_LENGTH, nullable = false)
    private String text;
    @Column(name = "PUBLISHED", nullable = false)
    private Instant published;
    @Column(name = "URL", length = URL_LENGTH)
    private String url;
    @Column(name = "LANGUAGE", length = 35)
    private String language;
    @Column(name = "IN_REPLY_TO", length = KEY_LENGTH)
    private String inReplyTo;
    @Column(name = "ROOT_ID", length = KEY_LENGTH)
    private String root;
    /** The external id of the conversation's first stored or known post: the root, else the post itself. */
    @Column(name = "THREAD_ID", length = KEY_LENGTH, nullable = false)
    private String threadId;
    @Column(name = "REPLIES", nullable = false)
    private int replies;
    @Column(name = "REPOSTS", nullable = false)
    private int reposts;
    @Column(name = "LIKES", nullable = false)
    private int likes;
    @Column(name = "SENTIMENT", nullable = false)
    private double sentiment;
    @Enumerated(EnumType.STRING)
    @Column(name = "LABEL", length = 8, nullable = false)
    private SentimentLabel label;
    @Column(name = "ANSWERED", nullable = false)
    private boolean answered;
    @ElementCollection
    @CollectionTable(name = "FEED_POST_MENTION", joinColumns = @JoinColumn(name = "POST_ID"),
            indexes = @Index(name = "IX_MENTION_IDENTITY", columnList = "IDENTITY_ID"))
    @Column(name = "IDENTITY_ID", nullable = false)
    private List<Long> mentionIds = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "FEED_POST_TAG", joinColumns = @JoinColumn(name = "POST_ID"),
            indexes = @Index(name = "IX_TAG", columnList = "TAG"))
    @Column(name = "TAG", length = 100, nullable = false)
    private List<String> tags = new ArrayList<>();

    public PostEntity() {
    }

    public long getId() {
        return id;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getNetwork() {
        return network;
    }

    public String getExternalId() {
        return externalId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Long getAuthorPersonId() {
        return authorPersonId;
    }

    public String getText() {
        return text;
    }

    public Instant getPublished() {
        return published;
    }

    public String getUrl() {
        return url;
    }

    public String getLanguage() {
        return language;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getRoot() {
        return root;
    }

    public String getThreadId() {
        return threadId;
    }

    public int getReplies() {
        return replies;
    }

    public int getReposts() {
        return reposts;
    }

    public int getLikes() {
        return likes;
    }

    public double getSentiment() {
        return sentiment;
    }

    public SentimentLabel getLabel() {
        return label;
    }

    public boolean isAnswered() {
        return answered;
    }

    public void setAnswered(boolean answered) {
        this.answered = answered;
    }

    public List<Long> getMentionIds() {
        return mentionIds;
    }

    public List<String> getTags() {
        return tags;
    }
}
