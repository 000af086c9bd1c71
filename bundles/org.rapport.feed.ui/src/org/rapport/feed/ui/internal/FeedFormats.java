package org.rapport.feed.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.rapport.feed.Post;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.sources.AuthorIdentity;

/** How the feed views write times, authors, sentiment and post texts, and the colours of the labels. */
public final class FeedFormats {

    /** Red: a negative post. */
    public static final RGB NEGATIVE = new RGB(198, 40, 40);
    /** Grey: a neutral post. */
    public static final RGB NEUTRAL = new RGB(117, 117, 117);
    /** Green: a positive post. */
    public static final RGB POSITIVE = new RGB(46, 125, 50);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    /** The most characters of a post's first line shown in a table cell. */
    static final int FIRST_LINE_MAX = 160;

    private FeedFormats() {
    }

    /** A time as the tables show it, or an empty string. */
    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The author as a rep recognises them: the display name and the handle. */
    public static String author(AuthorIdentity author) {
        if (author == null) {
            return "";
        }
        return author.displayName().isEmpty() ? "@" + author.handle()
                : author.displayName() + " (@" + author.handle() + ")";
    }

    /** The contact a post's author is, or an empty string. */
    public static String contact(Post post) {
        return post.authorPerson() == null ? "" : post.authorPerson().displayName();
    }

    /** The label and the score, e.g. "negative −0.62". */
    public static String sentiment(Post post) {
        return label(post.label()) + " " + String.format(Locale.ROOT, "%+.2f", post.sentiment()).replace('-', '\u2212');
    }

    /** A label in lower case. */
    public static String label(SentimentLabel label) {
        return label == null ? "" : label.name().toLowerCase(Locale.ROOT);
    }

    /** The colour of a label: red negative, grey neutral, green positive. */
    public static Color color(SentimentLabel label) {
        return new Color(label == SentimentLabel.NEGATIVE ? NEGATIVE : label == SentimentLabel.POSITIVE ? POSITIVE : NEUTRAL);
    }

    /** The first line of a text, shortened for a table cell. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip();
        int end = line.indexOf('\n');
        if (end >= 0) {
            line = line.substring(0, end).strip();
        }
        return line.length() > FIRST_LINE_MAX ? line.substring(0, FIRST_LINE_MAX - 1) + "\u2026" : line;
    }

    /** A count the network gave, or a dash when it did not give one. */
    public static String count(int count) {
        return count < 0 ? "\u2013" : Integer.toString(count);
    }

    /** A duration in minutes or hours, e.g. "15 min", "2 h". */
    public static String interval(Duration interval) {
        if (interval == null) {
            return "";
        }
        long minutes = interval.toMinutes();
        return minutes % 60 == 0 && minutes >= 60 ? minutes / 60 + " h" : minutes + " min";
    }
}
