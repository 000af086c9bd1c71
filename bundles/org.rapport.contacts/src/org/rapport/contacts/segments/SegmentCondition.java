package org.rapport.contacts.segments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Sex;

/**
 * One condition of a segment's criteria. People whose value is unknown (no birth date, no income band, no value of a
 * custom field) never meet a condition on it. Text values are compared ignoring case.
 */
public sealed interface SegmentCondition {

    /** The condition as a line of the criteria text, e.g. {@code age 25..40}; see {@link SegmentCriteria}. */
    String toText();

    /** Age in whole years today between {@code min} and {@code max} inclusive; either may be {@code null} (open). */
    record AgeBetween(Integer min, Integer max) implements SegmentCondition {
        public AgeBetween {
            if (min == null && max == null) {
                throw new IllegalArgumentException("An age range needs a lowest or a highest age, e.g. 25..40 or 65..");
            }
            if ((min != null && (min < 0 || min > 150)) || (max != null && (max < 0 || max > 150))) {
                throw new IllegalArgumentException("Ages are between 0 and 150, not " + min + ".." + max + ".");
            }
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("The lowest age " + min + " is above the highest " + max + ".");
            }
        }

        @Override
        public String toText() {
            return "age " + range(min, max);
        }
    }

    /** Sex is one of these (include {@link Sex#UNSPECIFIED} for people who did not say). */
    record SexIn(List<Sex> sexes) implements SegmentCondition {
        public SexIn {
            sexes = distinct(sexes, "sex");
        }

        @Override
        public String toText() {
            return "sex " + String.join(" ", sexes.stream().map(Sex::label).toList());
        }
    }

    /** Income band at least this high (A is the highest): "income at least B" means A or B. */
    record IncomeAtLeast(IncomeBand band) implements SegmentCondition {
        public IncomeAtLeast {
            Objects.requireNonNull(band, "band");
        }

        @Override
        public String toText() {
            return "income >= " + band.name();
        }
    }

    /** Income band at most this high: "income at most D" means D or E. */
    record IncomeAtMost(IncomeBand band) implements SegmentCondition {
        public IncomeAtMost {
            Objects.requireNonNull(band, "band");
        }

        @Override
        public String toText() {
            return "income <= " + band.name();
        }
    }

    /** Language is one of these codes, e.g. {@code de}, {@code en}. */
    record LanguageIn(List<String> languages) implements SegmentCondition {
        public LanguageIn {
            languages = lowerCase(distinct(languages, "language"));
        }

        @Override
        public String toText() {
            return "language " + words(languages);
        }
    }

    /** Owned by one of these reps. */
    record OwnerIn(List<String> owners) implements SegmentCondition {
        public OwnerIn {
            owners = lowerCase(distinct(owners, "owner"));
        }

        @Override
        public String toText() {
            return "owner " + words(owners);
        }
    }

    /** Agreed to marketing ({@code true}) or did not ({@code false}). */
    record MarketingConsent(boolean optedIn) implements SegmentCondition {
        @Override
        public String toText() {
            return "consent " + (optedIn ? "yes" : "no");
        }
    }

    /** Has at least one of these tags. */
    record HasAnyTag(List<String> tags) implements SegmentCondition {
        public HasAnyTag {
            tags = lowerCase(distinct(tags, "tag"));
        }

        @Override
        public String toText() {
            return "tags any " + words(tags);
        }
    }

    /** Has every one of these tags. */
    record HasAllTags(List<String> tags) implements SegmentCondition {
        public HasAllTags {
            tags = lowerCase(distinct(tags, "tag"));
        }

        @Override
        public String toText() {
            return "tags all " + words(tags);
        }
    }

    /**
     * Has a profile on a network (e.g. {@code mastodon}) with at least {@code minFollowers} followers, verified if
     * {@code verifiedOnly}.
     */
    record SocialFootprint(String network, int minFollowers, boolean verifiedOnly) implements SegmentCondition {
        public SocialFootprint {
            network = Objects.requireNonNull(network, "network").trim().toLowerCase(Locale.ROOT);
            if (network.isEmpty()) {
                throw new IllegalArgumentException("Name the social network, e.g. mastodon.");
            }
            if (minFollowers < 0) {
                throw new IllegalArgumentException("A follower count cannot be negative (" + minFollowers + ").");
            }
        }

        @Override
        public String toText() {
            return "social " + SegmentText.quote(network) + (minFollowers > 0 ? " followers >= " + minFollowers : "")
                    + (verifiedOnly ? " verified" : "");
        }
    }

    /** A text custom field equals this value (ignoring case). */
    record CustomTextEquals(String field, String value) implements SegmentCondition {
        public CustomTextEquals {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toText() {
            return "custom " + field + " text " + SegmentText.quote(value);
        }
    }

    /** A choice custom field is one of these choices. */
    record CustomChoiceIn(String field, List<String> choices) implements SegmentCondition {
        public CustomChoiceIn {
            Objects.requireNonNull(field, "field");
            choices = distinct(choices, "choice");
        }

        @Override
        public String toText() {
            return "custom " + field + " choice " + words(choices);
        }
    }

    /** A number custom field between {@code min} and {@code max} inclusive; either may be {@code null} (open). */
    record CustomNumberBetween(String field, BigDecimal min, BigDecimal max) implements SegmentCondition {
        public CustomNumberBetween {
            Objects.requireNonNull(field, "field");
            if (min == null && max == null) {
                throw new IllegalArgumentException("A number range needs a lowest or a highest value, e.g. 1000..5000.");
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new IllegalArgumentException("The lowest value " + min + " is above the highest " + max + ".");
            }
        }

        @Override
        public String toText() {
            return "custom " + field + " number " + range(min == null ? null : min.toPlainString(),
                    max == null ? null : max.toPlainString());
        }
    }

    /** A date custom field between {@code from} and {@code to} inclusive; either may be {@code null} (open). */
    record CustomDateBetween(String field, LocalDate from, LocalDate to) implements SegmentCondition {
        public CustomDateBetween {
            Objects.requireNonNull(field, "field");
            if (from == null && to == null) {
                throw new IllegalArgumentException("A date range needs a first or a last day, e.g. 2020-01-01..2024-12-31.");
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("The first day " + from + " is after the last " + to + ".");
            }
        }

        @Override
        public String toText() {
            return "custom " + field + " date " + range(from, to);
        }
    }

    private static String range(Object min, Object max) {
        return (min == null ? "" : min.toString()) + ".." + (max == null ? "" : max.toString());
    }

    private static String words(List<String> values) {
        return String.join(" ", values.stream().map(SegmentText::quote).toList());
    }

    private static <T> List<T> distinct(Collection<T> values, String what) {
        List<T> list = new ArrayList<>(new LinkedHashSet<>(Objects.requireNonNull(values, what)));
        if (list.isEmpty() || list.contains(null)) {
            throw new IllegalArgumentException("Give at least one " + what + ".");
        }
        return List.copyOf(list);
    }

    private static List<String> lowerCase(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList()));
    }
}
