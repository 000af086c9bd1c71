package org.rapport.contacts.segments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Sex;
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
import org.rapport.contacts.segments.SegmentCriteria.Match;

/** Reads the criteria text format described at {@link SegmentCriteria}. */
final class SegmentParser {

    private static final String CONDITIONS = "age, sex, income, language, owner, consent, tags, social, custom";

    private final String[] lines;
    private int number;
    private List<String> words;

    SegmentParser(String text) {
        this.lines = (text == null ? "" : text).split("\r?\n", -1);
    }

    SegmentCriteria parse() {
        boolean header = false;
        Match match = null;
        List<SegmentCondition> conditions = new ArrayList<>();
        for (number = 1; number <= lines.length; number++) {
            words = SegmentText.words(lines[number - 1], number);
            if (words.isEmpty()) {
                continue;
            }
            String keyword = words.get(0);
            if (!header) {
                header(keyword);
                header = true;
            } else if (keyword.equals("match")) {
                if (match != null) {
                    throw problem("'match' is given twice; keep one 'match all' or 'match any'.");
                }
                match = switch (one(1, "all or any")) {
                    case "all" -> Match.ALL;
                    case "any" -> Match.ANY;
                    default -> throw problem("write 'match all' or 'match any', not 'match " + words.get(1) + "'.");
                };
            } else {
                conditions.add(condition(keyword));
            }
        }
        if (!header) {
            throw new SegmentFormatException(1, "the criteria are empty; they start with '" + SegmentCriteria.FORMAT + " "
                    + SegmentCriteria.VERSION + "'.");
        }
        return new SegmentCriteria(match == null ? Match.ALL : match, conditions);
    }

    private void header(String keyword) {
        if (!keyword.equals(SegmentCriteria.FORMAT) || words.size() != 2) {
            throw problem("segment criteria start with the line '" + SegmentCriteria.FORMAT + " " + SegmentCriteria.VERSION + "'.");
        }
        int version;
        try {
            version = Integer.parseInt(words.get(1));
        } catch (NumberFormatException e) {
            throw problem("'" + words.get(1) + "' is not a format version; write '" + SegmentCriteria.FORMAT + " "
                    + SegmentCriteria.VERSION + "'.");
        }
        if (version > SegmentCriteria.VERSION || version < 1) {
            throw problem("these criteria are in format version " + version + ", written by a newer Rapport; this one"
                    + " reads version " + SegmentCriteria.VERSION + ". Update Rapport to use this segment.");
        }
    }

    private SegmentCondition condition(String keyword) {
        try {
            return switch (keyword) {
                case "age" -> {
                    List<Integer> range = range(one(1, "an age range such as 25..40"), Integer::valueOf, "ages");
                    yield new AgeBetween(range.get(0), range.get(1));
                }
                case "sex" -> new SexIn(rest(1, "a sex (female, male, diverse, unspecified)").stream().map(this::sex).toList());
                case "income" -> income();
                case "language" -> new LanguageIn(rest(1, "a language code such as de"));
                case "owner" -> new OwnerIn(rest(1, "an owner's user name"));
                case "consent" -> switch (one(1, "yes or no")) {
                    case "yes" -> new MarketingConsent(true);
                    case "no" -> new MarketingConsent(false);
                    default -> throw problem("write 'consent yes' or 'consent no'.");
                };
                case "tags" -> tags();
                case "social" -> social();
                case "custom" -> custom();
                default -> throw problem("'" + keyword + "' is not a condition; use one of " + CONDITIONS + ".");
            };
        } catch (IllegalArgumentException e) {
            if (e instanceof SegmentFormatException) {
                throw e;
            }
            throw problem(e.getMessage());
        }
    }

    private SegmentCondition income() {
        expectSize(3, "'income >= B' or 'income <= D'");
        IncomeBand band;
        try {
            band = IncomeBand.valueOf(words.get(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem("'" + words.get(2) + "' is not an income band; use A (highest) to E.");
        }
        return switch (words.get(1)) {
            case ">=" -> new IncomeAtLeast(band);
            case "<=" -> new IncomeAtMost(band);
            default -> throw problem("write 'income >= " + band + "' or 'income <= " + band + "'.");
        };
    }

    private SegmentCondition tags() {
        String mode = word(1, "any or all, then tags");
        List<String> tags = rest(2, "a tag");
        return switch (mode) {
            case "any" -> new HasAnyTag(tags);
            case "all" -> new HasAllTags(tags);
            default -> throw problem("write 'tags any vip customer' or 'tags all vip customer'.");
        };
    }

    private SegmentCondition social() {
        if (words.size() < 2) {
            throw problem("name the network, e.g. 'social mastodon followers >= 1000'.");
        }
        int followers = 0;
        boolean verified = false;
        int i = 2;
        while (i < words.size()) {
            if (words.get(i).equals("followers") && i + 2 < words.size() && words.get(i + 1).equals(">=")) {
                try {
                    followers = Integer.parseInt(words.get(i + 2).replace(",", "").replace("_", ""));
                } catch (NumberFormatException e) {
                    throw problem("'" + words.get(i + 2) + "' is not a follower count.");
                }
                i += 3;
            } else if (words.get(i).equals("verified")) {
                verified = true;
                i++;
            } else {
                throw problem("unexpected '" + words.get(i) + "'; write e.g. 'social mastodon followers >= 1000 verified'.");
            }
        }
        return new SocialFootprint(words.get(1), followers, verified);
    }

    private SegmentCondition custom() {
        if (words.size() < 4) {
            throw problem("write 'custom FIELD text|choice|number|date VALUE', e.g. 'custom annual_value number 1000..'.");
        }
        String field = words.get(1);
        return switch (words.get(2)) {
            case "text" -> {
                expectSize(4, "one value, in quotes if it has spaces");
                yield new CustomTextEquals(field, words.get(3));
            }
            case "choice" -> new CustomChoiceIn(field, rest(3, "a choice"));
            case "number" -> {
                expectSize(4, "a number range such as 1000..5000");
                List<BigDecimal> range = range(words.get(3), BigDecimal::new, "numbers");
                yield new CustomNumberBetween(field, range.get(0), range.get(1));
            }
            case "date" -> {
                expectSize(4, "a date range such as 2020-01-01..2023-12-31");
                List<LocalDate> range = range(words.get(3), LocalDate::parse, "dates (YYYY-MM-DD)");
                yield new CustomDateBetween(field, range.get(0), range.get(1));
            }
            default -> throw problem("'" + words.get(2) + "' is not a custom field comparison; use text, choice, number or date.");
        };
    }

    private Sex sex(String word) {
        return Arrays.stream(Sex.values()).filter(s -> s.label().equalsIgnoreCase(word)).findFirst()
                .orElseThrow(() -> problem("'" + word + "' is not a sex; use female, male, diverse or unspecified."));
    }

    /** [low, high], either {@code null} for an open end. */
    private <T> List<T> range(String word, Function<String, T> parse, String what) {
        int dots = word.indexOf("..");
        if (dots < 0) {
            throw problem("'" + word + "' is not a range; write LOW..HIGH, LOW.. or ..HIGH.");
        }
        String low = word.substring(0, dots);
        String high = word.substring(dots + 2);
        try {
            return Arrays.asList(low.isEmpty() ? null : parse.apply(low), high.isEmpty() ? null : parse.apply(high));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw problem("'" + word + "' is not a range of " + what + ".");
        }
    }

    /** The word at {@code index}, which must be the line's last. */
    private String one(int index, String expected) {
        expectSize(index + 1, expected);
        return words.get(index);
    }

    /** The word at {@code index}, with more words allowed after it. */
    private String word(int index, String expected) {
        if (words.size() <= index) {
            throw problem("'" + String.join(" ", words) + "' needs " + expected + ".");
        }
        return words.get(index);
    }

    private List<String> rest(int from, String expected) {
        if (words.size() <= from) {
            throw problem("'" + words.get(0) + "' needs " + expected + ".");
        }
        return words.subList(from, words.size());
    }

    private void expectSize(int size, String expected) {
        if (words.size() < size) {
            throw problem("'" + String.join(" ", words) + "' needs " + expected + ".");
        }
        if (words.size() > size) {
            throw problem("unexpected '" + words.get(size) + "' after '" + String.join(" ", words.subList(0, size))
                    + "'; expected " + expected + ".");
        }
    }

    private SegmentFormatException problem(String message) {
        return new SegmentFormatException(number, message);
    }
}
