package org.rapport.feed.internal.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A post's raw payload (the item as the service sent it), so posts can be re-read and rescored later. A table of its
 * own: without weaving EclipseLink cannot load a column lazily, and a page of posts must not read a CLOB per row. Written
 * once with its post and never changed, so it carries no version or audit columns.
 */
@Cacheable(false)
@Entity(name = "PostPayload")
@Table(name = "FEED_POST_PAYLOAD")
public class PostPayloadEntity {

    @Id
    @Column(name = "POST_ID")
    private long postId;
    @Lob
    @Column(name = "PAYLOAD")
    private String payload;

    public PostPayloadEntity() {
    }

    public long getPostId() {
        return postId;
    }

    public String getPayload() {
        return payload;
    }
}
