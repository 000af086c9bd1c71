package org.rapport.loyalty.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

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
import jakarta.persistence.UniqueConstraint;

import org.rapport.loyalty.RuleKind;
import org.rapport.persistence.access.Audited;

/**
 * An event of another domain that loyalty saw (a won deal, a satisfied complaint, an ambassador), kept whether a rule
 * applied or not, once per kind and key: the simulator replays them for a rule that did not exist yet.
 */
@Entity(name = "LoyaltyRuleEvent")
@Table(name = "LOY_RULE_EVENT",
        uniqueConstraints = @UniqueConstraint(name = "UX_LOY_RULE_EVENT_KEY", columnNames = { "KIND", "EVENT_KEY" }),
        indexes = @Index(name = "IX_LOY_RULE_EVENT_DAY", columnList = "KIND, DAY"))
@SequenceGenerator(name = "loy_rule_event_ids", sequenceName = "LOY_RULE_EVENT_SEQ", allocationSize = 50)
public class RuleEventEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_rule_event_ids")
    @Column(name = "ID")
    private long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private RuleKind kind;
    @Column(name = "EVENT_KEY", length = 100, nullable = false)
    private String eventKey;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "DAY", nullable = false)
    private LocalDate day;
    @Column(name = "AMOUNT", precision = 19, scale = 4)
    private BigDecimal amount;
    @Column(name = "CURRENCY", length = 3)
    private String currency;

    protected RuleEventEntity() {
    }

    public RuleEventEntity(RuleKind kind, String eventKey, long personId, LocalDate day, BigDecimal amount,
            String currency) {
        this.kind = kind;
        this.eventKey = eventKey;
        this.personId = personId;
        this.day = day;
        this.amount = amount;
        this.currency = currency;
    }

    public long getId() {
        return id;
    }

    public RuleKind getKind() {
        return kind;
    }

    public String getEventKey() {
        return eventKey;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }
}
