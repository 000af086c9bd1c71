package org.rapport.community.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.community.Activity;
import org.rapport.community.Pillar;
import org.rapport.persistence.access.Audited;

/**
 * An activity row. {@code SOURCE_KEY} is unique and never null (manual entries get a generated one), so a re-import
 * or a second delivery of the same feed post adds nothing. {@code ORIGIN_MEMBER_ID} is the member it was recorded
 * for ({@code TARGET_ORIGIN_ID} the connection's other member as recorded), so undoing a merge gives them back.
 */
@Entity(name = "CommunityActivity")
@Table(name = "CM_ACTIVITY", indexes = {
        @Index(name = "IX_COMM_ACT_MEMBER", columnList = "MEMBER_ID, OCCURRED_AT"),
        @Index(name = "IX_COMM_ACT_TIME", columnList = "OCCURRED_AT"),
        @Index(name = "IX_COMM_ACT_TARGET", columnList = "TARGET_MEMBER_ID"),
        @Index(name = "IX_COMM_ACT_ORIGIN", columnList = "ORIGIN_MEMBER_ID"),
        @Index(name = "IX_COMM_ACT_POST", columnList = "FEED_POST_ID"),
        @Index(name = "IX_COMM_ACT_EVENT", columnList = "EVENT_ID"),
        @Index(name = "IX_COMM_ACT_SOURCE", columnList = "SOURCE_KEY", unique = true) })
@SequenceGenerator(name = "cm_activity_ids", sequenceName = "CM_ACTIVITY_SEQ", allocationSize = 500)
public class MemberActivityEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /** The widest source key. */
    public static final int SOURCE_KEY_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_activity_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "ORIGIN_MEMBER_ID", nullable = false)
    private long originMemberId;
    @Column(name = "TYPE_KEY", length = 40, nullable = false)
    private String typeKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "PILLAR", length = 16, nullable = false)
    private Pillar pillar;
    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;
    @Column(name = "PLATFORM", length = 40)
    private String platform;
    @Column(name = "TITLE", length = 300)
    private String title;
    @Column(name = "URL", length = 1000)
    private String url;
    @Column(name = "TARGET_MEMBER_ID")
    private Long targetMemberId;
    /** The target as recorded, so undoing a merge of the target gives the connection back. */
    @Column(name = "TARGET_ORIGIN_ID")
    private Long targetOriginId;
    @Column(name = "FEED_POST_ID")
    private Long feedPostId;
    @Column(name = "EVENT_ID")
    private Long eventId;
    @Column(name = "SOURCE", length = 40)
    private String source;
    @Column(name = "SOURCE_KEY", length = SOURCE_KEY_LENGTH, nullable = false)
    private String sourceKey;

    public MemberActivityEntity() {
    }

    /** A row for a new activity; {@code sourceKey} must already be unique and non-null. */
    public MemberActivityEntity(Activity activity, String sourceKey) {
        this.memberId = activity.memberId();
        this.originMemberId = activity.memberId();
        this.typeKey = activity.type();
        this.pillar = activity.pillar();
        this.occurredAt = activity.occurredAt();
        this.platform = cut(activity.platform(), 40);
        this.title = cut(activity.title(), 300);
        this.url = activity.url() == null || activity.url().length() > 1000 ? null : activity.url();
        this.targetMemberId = activity.targetMemberId();
        this.targetOriginId = activity.targetMemberId();
        this.feedPostId = activity.feedPostId();
        this.eventId = activity.eventId();
        this.source = cut(activity.source(), 40);
        this.sourceKey = cut(sourceKey, SOURCE_KEY_LENGTH);
    }

    private static String cut(String text, int length) {
        return text == null || text.isEmpty() ? null : text.length() > length ? text.substring(0, length) : text;
    }

    /** The activity as the API carries it. */
    public Activity toActivity() {
        return new Activity(id, memberId, typeKey, pillar, occurredAt, platform, title, url, targetMemberId,
                feedPostId, eventId, source, sourceKey);
    }

    public long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public long getOriginMemberId() {
        return originMemberId;
    }

    public String getTypeKey() {
        return typeKey;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPlatform() {
        return platform == null ? "" : platform;
    }

    public Long getTargetMemberId() {
        return targetMemberId;
    }

    public void setTargetMemberId(Long targetMemberId) {
        this.targetMemberId = targetMemberId;
    }

    public Long getFeedPostId() {
        return feedPostId;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getSourceKey() {
        return sourceKey;
    }
}
