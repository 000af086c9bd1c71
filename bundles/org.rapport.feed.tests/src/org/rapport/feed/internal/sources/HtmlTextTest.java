package org.rapport.feed.internal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a rep reads of a post's HTML. */
class HtmlTextTest {

    @Test
    void blocksBecomeLinesEntitiesAreDecodedAndLinksKept() {
        assertEquals("First & foremost\n\nSecond:\n“quoted” \u00e9 \uD83D\uDE00\n\n- one\n- two",
                HtmlText.toText("<p>First &amp; foremost</p><p>Second:<br/> &ldquo;quoted&rdquo; &#233; &#x1F600;"
                        + "</p><ul><li>one</li><li>two</li></ul>"));
        assertEquals("See the docs (https://docs.example.org/a?b=1&c=2) now",
                HtmlText.toText("See <a href=\"https://docs.example.org/a?b=1&amp;c=2\">the docs</a> now"));
        assertEquals("Hi @ada, #acme", HtmlText.toText("Hi <a href=\"https://m.example/@ada\">@<span>ada</span></a>, "
                + "<a href=\"https://m.example/tags/acme\">#acme</a>"));
        assertEquals("kept text", HtmlText.toText("<script>alert('x')</script>kept <style>p{}</style>text"));
        assertEquals("AT&T & a < b", HtmlText.toText("AT&T &amp; a &lt; b"));
    }
}
