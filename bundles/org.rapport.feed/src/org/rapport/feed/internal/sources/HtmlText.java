package org.rapport.feed.internal.sources;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces the HTML of a post (a Mastodon status, an RSS description) to the plain text people read: block elements and
 * {@code <br>} become line breaks, entities are decoded, scripts and styles dropped, and links kept: a link whose text
 * is its address (or a shortened form of it) becomes the full address, another link becomes "text (address)", and
 * mentions and hashtags (text starting with {@code @} or {@code #}) stay as they read.
 * <p>
 * A small scanner rather than a DOM parser: feeds send fragments that are rarely well-formed, and ingest runs over
 * tens of thousands of posts a second.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "blockquote", "pre", "h1",
            "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer", "hr", "dd", "dt",
            "figure", "figcaption");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("euro", "€"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("times", "×"));

    private HtmlText() {
    }

    /** The text of an HTML fragment; {@code null} gives an empty string. */
    public static String toText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return tidy(html);
        }
        StringBuilder out = new StringBuilder(html.length());
        String href = null;
        int linkStart = -1;
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i + 1);
                if (end < 0) {
                    break; // a cut-off tag at the end: drop it
                }
                String tag = html.substring(i + 1, end);
                String name = tagName(tag);
                boolean closing = tag.startsWith("/");
                if (!closing && (name.equals("script") || name.equals("style"))) {
                    int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, end);
                    i = close < 0 ? n : close;
                    continue;
                }
                if (name.equals("a")) {
                    if (!closing) {
                        href = attribute(tag, "href");
                        linkStart = out.length();
                    } else if (href != null) {
                        appendLink(out, linkStart, href);
                        href = null;
                    }
                } else if (name.equals("li")) {
                    out.append(closing ? "" : "\n- "); // one line per item, no empty line between items
                } else if (BLOCKS.contains(name)) {
                    out.append(name.equals("p") && closing ? "\n\n" : "\n");
                }
                i = end + 1;
            } else if (c == '&') {
                i = entity(html, i, out);
            } else {
                out.append(Character.isWhitespace(c) ? ' ' : c);
                i++;
            }
        }
        return tidy(out.toString());
    }

    private static void appendLink(StringBuilder out, int linkStart, String href) {
        String text = out.substring(linkStart).strip();
        if (text.startsWith("@") || text.startsWith("#") || href.isBlank()) {
            return;
        }
        String bare = href.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^www\\.", "");
        String shortened = text.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^www\\.", "")
                .replaceFirst("(…|\\.\\.\\.)$", "").replace(" ", "");
        if (text.isEmpty() || text.equals(href) || bare.startsWith(shortened)) {
            out.setLength(linkStart);
            out.append(out.isEmpty() || out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n'
                    ? "" : " ").append(href);
        } else {
            out.append(" (").append(href).append(')');
        }
    }

    private static int entity(String html, int at, StringBuilder out) {
        int semi = html.indexOf(';', at);
        if (semi < 0 || semi - at > 10) {
            out.append('&');
            return at + 1;
        }
        String name = html.substring(at + 1, semi);
        String decoded = null;
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                decoded = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException e) {
                decoded = null;
            }
        } else {
            decoded = ENTITIES.get(name);
        }
        if (decoded == null) {
            out.append('&');
            return at + 1;
        }
        out.append(decoded);
        return semi + 1;
    }

    private static String tagName(String tag) {
        int start = tag.startsWith("/") ? 1 : 0;
        int end = start;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)))) {
            end++;
        }
        return tag.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String attribute(String tag, String name) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(name + "=");
        while (at > 0 && !Character.isWhitespace(lower.charAt(at - 1))) {
            at = lower.indexOf(name + "=", at + 1);
        }
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 1;
        if (start >= tag.length()) {
            return null;
        }
        char quote = tag.charAt(start);
        String value;
        if (quote == '"' || quote == '\'') {
            int end = tag.indexOf(quote, start + 1);
            value = end < 0 ? tag.substring(start + 1) : tag.substring(start + 1, end);
        } else {
            int end = start;
            while (end < tag.length() && !Character.isWhitespace(tag.charAt(end))) {
                end++;
            }
            value = tag.substring(start, end);
        }
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < value.length();) {
            i = value.charAt(i) == '&' ? entity(value, i, decoded) : append(decoded, value.charAt(i), i);
        }
        return decoded.toString().strip();
    }

    private static int append(StringBuilder out, char c, int i) {
        out.append(c);
        return i + 1;
    }

    /** Collapses spaces within lines, trims lines, keeps at most one empty line in a row. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        for (String line : text.split("\n", -1)) {
            String collapsed = line.strip().replaceAll("[ \\t\\u000B\\f\\r]+", " ");
            if (collapsed.isEmpty()) {
                newlines++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(newlines > 1 ? "\n\n" : "\n");
            }
            out.append(collapsed);
            newlines = 1;
        }
        return out.toString();
    }
}
