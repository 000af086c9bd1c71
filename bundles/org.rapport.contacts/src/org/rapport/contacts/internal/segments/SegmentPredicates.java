package org.rapport.contacts.internal.segments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.segments.SegmentCondition;
import org.rapport.contacts.segments.SegmentCondition.AgeBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomChoiceIn;
import org.rapport.contacts.segments.SegmentCondition.CustomDateBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomNumberBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomTextEquals;
import org.rapport.contacts.segments.SegmentCondition.HasAllTags;
import org.rapport.contacts.segments.SegmentCondition.HasAnyTag;
import org.rapport.contacts.segments.SegmentCondition.IncomeAtLeast;
import org.rapport.contacts.segments.SegmentCondition.IncomeAtMost;
import org.rapport.contacts.segments.SegmentCondition.LanguageIn;
import org.rapport.contacts.segments.SegmentCondition.MarketingConsent;
import org.rapport.contacts.segments.SegmentCondition.OwnerIn;
import org.rapport.contacts.segments.SegmentCondition.SexIn;
import org.rapport.contacts.segments.SegmentCondition.SocialFootprint;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentCriteria.Match;

/**
 * Segment criteria as a JPA Criteria predicate on {@code PersonEntity}: values are always bound parameters, never text of
 * the query. A condition on a person's collections (tags, social profiles, custom values) joins that collection:
 * an inner join when all conditions must hold, a left join with the condition in its ON clause when any may hold.
 * Joins can repeat a person, so queries with joins count and list distinct people ({@link #joined()}).
 * <p>
 * Why joins and not subqueries: EclipseLink writes a correlated subquery over an element collection with a second
 * copy of the person table, which Derby cannot flatten and runs once per person (seconds on 200,000 people), while
 * it runs the join from the selective side (the profiles of one network) in a fraction of that.
 */
public final class SegmentPredicates {

    private final CriteriaBuilder cb;
    private final Root<PersonEntity> person;
    private final LocalDate today;
    private boolean anyMatch;
    private boolean joined;

    /**
     * @param cb     the criteria builder
     * @param person the query's person root
     * @param today  the day ages are computed on
     */
    public SegmentPredicates(CriteriaBuilder cb, Root<PersonEntity> person, LocalDate today) {
        this.cb = cb;
        this.person = person;
        this.today = today;
    }

    /** The predicate of the criteria; {@code true} for no conditions. */
    public Predicate of(SegmentCriteria criteria) {
        List<Predicate> parts = new ArrayList<>();
        anyMatch = criteria.match() == Match.ANY;
        for (SegmentCondition condition : criteria.conditions()) {
            parts.add(of(condition));
        }
        if (parts.isEmpty()) {
            return cb.conjunction();
        }
        Predicate[] array = parts.toArray(Predicate[]::new);
        return criteria.match() == Match.ALL ? cb.and(array) : cb.or(array);
    }

    private Predicate of(SegmentCondition condition) {
        return switch (condition) {
            case AgeBetween age -> age(age);
            case SexIn sex -> person.get("sex").in(sex.sexes());
            case IncomeAtLeast income -> person.get("incomeBand").in(
                    Arrays.stream(IncomeBand.values()).filter(b -> b.atLeast(income.band())).toList());
            case IncomeAtMost income -> person.get("incomeBand").in(
                    Arrays.stream(IncomeBand.values()).filter(b -> income.band().atLeast(b)).toList());
            case LanguageIn language -> cb.lower(person.get("language")).in(language.languages());
            case OwnerIn owner -> cb.lower(person.get("owner")).in(owner.owners());
            case MarketingConsent consent -> cb.equal(person.get("marketingOptIn"), consent.optedIn());
            // tags are stored in lower case (PersonEntity.refreshSummary), so they compare as they are, on their index
            case HasAnyTag tags -> withElement("tags", tag -> tag.in(tags.tags()));
            case HasAllTags tags -> cb.and(tags.tags().stream()
                    .map(t -> withElement("tags", tag -> cb.equal(tag, t))).toArray(Predicate[]::new));
            case SocialFootprint social -> withElement("socialProfiles", profile -> social(profile, social));
            case CustomTextEquals text -> withElement("customValues", value -> cb.and(key(value, text.field()),
                    cb.equal(cb.lower(value.get("text")), text.value().toLowerCase(java.util.Locale.ROOT))));
            case CustomChoiceIn choice -> withElement("customValues", value -> cb.and(key(value, choice.field()),
                    value.get("text").in(choice.choices())));
            case CustomNumberBetween number -> withElement("customValues", value -> cb.and(key(value, number.field()),
                    between(value.get("number").as(java.math.BigDecimal.class), number.min(), number.max())));
            case CustomDateBetween date -> withElement("customValues", value -> cb.and(key(value, date.field()),
                    between(value.get("date").as(LocalDate.class), date.from(), date.to())));
        };
    }

    /** Age in whole years: at least {@code min} means born on or before today minus min years. */
    private Predicate age(AgeBetween age) {
        List<Predicate> parts = new ArrayList<>();
        if (age.min() != null) {
            parts.add(cb.lessThanOrEqualTo(person.<LocalDate>get("birthDate"), today.minusYears(age.min())));
        }
        if (age.max() != null) {
            parts.add(cb.greaterThan(person.<LocalDate>get("birthDate"), today.minusYears(age.max() + 1L)));
        }
        return cb.and(parts.toArray(Predicate[]::new));
    }

    private Predicate social(Join<PersonEntity, ?> profile, SocialFootprint social) {
        List<Predicate> parts = new ArrayList<>();
        parts.add(cb.equal(profile.get("network"), social.network()));
        if (social.minFollowers() > 0) {
            parts.add(cb.greaterThanOrEqualTo(profile.<Integer>get("followers"), social.minFollowers()));
        }
        if (social.verifiedOnly()) {
            parts.add(cb.equal(profile.get("verified"), true));
        }
        return cb.and(parts.toArray(Predicate[]::new));
    }

    private Predicate key(Join<PersonEntity, ?> value, String field) {
        return cb.equal(value.get("fieldKey"), field);
    }

    private <T extends Comparable<? super T>> Predicate between(jakarta.persistence.criteria.Expression<T> value, T low, T high) {
        if (low != null && high != null) {
            return cb.between(value, low, high);
        }
        return low != null ? cb.greaterThanOrEqualTo(value, low) : cb.lessThanOrEqualTo(value, high);
    }

    /** Whether the predicate joined collections, so that a person may come back more than once. */
    public boolean joined() {
        return joined;
    }

    /** The person has an element of the collection that meets the condition. */
    private Predicate withElement(String collection, Function<Join<PersonEntity, ?>, Predicate> condition) {
        joined = true;
        if (!anyMatch) {
            Join<PersonEntity, ?> element = person.join(collection);
            return condition.apply(element);
        }
        Join<PersonEntity, ?> element = person.join(collection, JoinType.LEFT);
        element.on(condition.apply(element));
        return "tags".equals(collection) ? cb.isNotNull(element) : cb.isNotNull(element.get(PRESENT.get(collection)));
    }

    /** A column of each collection that is never null in a row, to tell a left join that found a row. */
    private static final java.util.Map<String, String> PRESENT = java.util.Map.of("socialProfiles", "network",
            "customValues", "fieldKey");
}
