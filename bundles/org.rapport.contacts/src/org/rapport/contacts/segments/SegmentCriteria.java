package org.rapport.contacts.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which people a segment holds: conditions that must all hold ({@link Match#ALL}) or of which one must hold
 * ({@link Match#ANY}). No conditions means everyone.
 * <p>
 * Saved as text in a versioned format, one condition per line, that people can read and write:
 *
 * <pre>
 * rapport-segment 1
 * match all
 * age 25..40                                 # whole years today, both ends included; 25.. or ..40 for open ends
 * income &gt;= B                                # A is the highest band: A or B; "income &lt;= D" is D or E
 * social mastodon followers &gt;= 1000 verified  # a profile on the network; followers and verified are optional
 * sex female unspecified                     # female, male, diverse, unspecified
 * language de en
 * owner anna.keller
 * consent yes                                # agreed to marketing; "consent no" for the others
 * tags any vip customer                      # "tags all vip customer" for both
 * custom preferred_channel choice email phone
 * custom annual_value number 1000..5000
 * custom customer_since date 2020-01-01..2023-12-31
 * custom nickname text "Big Al"
 * </pre>
 *
 * The first line names the format and its version; a newer version is refused with a message rather than misread.
 * Values that are not single words go in double quotes ({@code \"} and {@code \\} inside). {@code #} starts a
 * comment. Keywords are lower case.
 *
 * @param match      whether all or any conditions must hold
 * @param conditions the conditions, in the order shown to the user
 */
public record SegmentCriteria(Match match, List<SegmentCondition> conditions) {

    /** The first word of the format's first line. */
    public static final String FORMAT = "rapport-segment";
    /** The format version this build writes and reads. */
    public static final int VERSION = 1;

    /** Everyone. */
    public static final SegmentCriteria EVERYONE = new SegmentCriteria(Match.ALL, List.of());

    /** How conditions combine. */
    public enum Match {
        /** Every condition must hold. */
        ALL,
        /** At least one condition must hold. */
        ANY
    }

    /** Copies the conditions. */
    public SegmentCriteria {
        Objects.requireNonNull(match, "match");
        conditions = List.copyOf(conditions);
    }

    /** All of these conditions. */
    public static SegmentCriteria all(SegmentCondition... conditions) {
        return new SegmentCriteria(Match.ALL, List.of(conditions));
    }

    /** Any of these conditions. */
    public static SegmentCriteria any(SegmentCondition... conditions) {
        return new SegmentCriteria(Match.ANY, List.of(conditions));
    }

    /** These criteria with one more condition. */
    public SegmentCriteria with(SegmentCondition condition) {
        List<SegmentCondition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new SegmentCriteria(match, more);
    }

    /** The criteria in the text format; {@link #parse} reads it back to equal criteria. */
    public String toText() {
        StringBuilder text = new StringBuilder(FORMAT).append(' ').append(VERSION).append('\n');
        text.append("match ").append(match == Match.ALL ? "all" : "any").append('\n');
        for (SegmentCondition condition : conditions) {
            text.append(condition.toText()).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads criteria text.
     *
     * @throws SegmentFormatException naming the line and what is wrong with it
     */
    public static SegmentCriteria parse(String text) {
        return new SegmentParser(text).parse();
    }
}
