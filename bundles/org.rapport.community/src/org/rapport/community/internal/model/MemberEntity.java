package org.rapport.community.internal.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

import org.rapport.community.AmbassadorReason;
import org.rapport.persistence.access.Audited;

/** A member row. Activity figures (first/last active, count) are kept up to date by the activity service. */
@Entity(name = "CommunityMember")
@Table(name = "CM_MEMBER", indexes = {
        @Index(name = "IX_COMM_MEMBER_NAME", columnList = "NAME_KEY, ID"),
        @Index(name = "IX_COMM_MEMBER_PERSON", columnList = "PERSON_ID"),
        @Index(name = "IX_COMM_MEMBER_LAST", columnList = "LAST_ACTIVE"),
        @Index(name = "IX_COMM_MEMBER_MERGED", columnList = "MERGED_INTO") })
@SequenceGenerator(name = "cm_member_ids", sequenceName = "CM_MEMBER_SEQ", allocationSize = 100)
public class MemberEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /** The widest name the table holds. */
    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_member_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "DISPLAY_NAME", length = NAME_LENGTH, nullable = false)
    private String displayName;
    /** The name in lower case: sorting and prefix search without functions on the column. */
    @Column(name = "NAME_KEY", length = NAME_LENGTH, nullable = false)
    private String nameKey;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "ORGANIZATION", length = NAME_LENGTH)
    private String organization;
    /** Tags as {@code ,a,b,} so one LIKE finds a tag without a join. */
    @Column(name = "TAGS", length = 1000)
    private String tags;
    @Column(name = "TEAM", nullable = false)
    private boolean team;
    @Enumerated(EnumType.STRING)
    @Column(name = "AMBASSADOR", length = 16)
    private AmbassadorReason ambassador;
    @Column(name = "AMBASSADOR_SINCE")
    private Instant ambassadorSince;
    @Column(name = "FIRST_ACTIVE")
    private Instant firstActive;
    @Column(name = "LAST_ACTIVE")
    private Instant lastActive;
    @Column(name = "ACTIVITY_COUNT", nullable = false)
    private long activityCount;
    @Column(name = "MERGED_INTO")
    private Long mergedInto;

    public MemberEntity() {
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        String name = displayName.strip();
        this.displayName = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
        this.nameKey = this.displayName.toLowerCase(Locale.ROOT);
    }

    public String getNameKey() {
        return nameKey;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getOrganization() {
        return organization == null ? "" : organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization == null || organization.isBlank() ? null : organization.strip();
    }

    public List<String> getTags() {
        return tags == null ? List.of()
                : Arrays.stream(tags.split(",")).filter(tag -> !tag.isEmpty()).toList();
    }

    public void setTags(List<String> tags) {
        List<String> clean = tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT).replace(",", " "))
                .filter(tag -> !tag.isEmpty()).distinct().toList();
        this.tags = clean.isEmpty() ? null : "," + String.join(",", clean) + ",";
    }

    public boolean isTeam() {
        return team;
    }

    public void setTeam(boolean team) {
        this.team = team;
    }

    public AmbassadorReason getAmbassador() {
        return ambassador;
    }

    public Instant getAmbassadorSince() {
        return ambassadorSince;
    }

    public void setAmbassador(AmbassadorReason ambassador, Instant since) {
        this.ambassador = ambassador;
        this.ambassadorSince = ambassador == null ? null : since;
    }

    public Instant getFirstActive() {
        return firstActive;
    }

    public Instant getLastActive() {
        return lastActive;
    }

    public long getActivityCount() {
        return activityCount;
    }

    /** Counts one more activity at {@code at}. */
    public void countActivity(Instant at) {
        activityCount++;
        if (firstActive == null || at.isBefore(firstActive)) {
            firstActive = at;
        }
        if (lastActive == null || at.isAfter(lastActive)) {
            lastActive = at;
        }
    }

    /** Sets the activity figures as counted from the activity rows (after a delete, merge or unmerge). */
    public void setActivityFigures(long count, Instant first, Instant last) {
        this.activityCount = count;
        this.firstActive = first;
        this.lastActive = last;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(Long mergedInto) {
        this.mergedInto = mergedInto;
    }
}
