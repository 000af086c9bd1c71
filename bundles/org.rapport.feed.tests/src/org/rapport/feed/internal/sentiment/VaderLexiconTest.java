package org.rapport.feed.internal.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

import org.junit.jupiter.api.Test;

/** The lexicon the bundle ships: complete, and a clear failure when it is missing. */
class VaderLexiconTest {

    @Test
    void theWholeLexiconAndTheEmojiAreRead() {
        VaderLexicon lexicon = VaderLexicon.fromClassPath(VaderSentimentScorer.class.getClassLoader());
        assertEquals(7_506, lexicon.size(), "every rated token of vader_lexicon.txt");
        assertEquals(-1.5, lexicon.valence("sux"), 1e-9);
        assertEquals(2.0, lexicon.valence(":)"), 1e-9);
        assertEquals(0.0, lexicon.valence("rapport"), 1e-9);
        assertEquals("red heart", lexicon.emojiWords(0x2764));
        assertEquals("beaming face with smiling eyes", lexicon.emojiWords(0x1F601));
        assertNull(lexicon.emojiWords('a'));
    }

    @Test
    void aBundleWithoutItsLexiconFailsToActivateSayingWhatIsMissing() {
        ClassLoader empty = new ClassLoader(null) {
            @Override
            public URL getResource(String name) {
                return null;
            }

            @Override
            public Enumeration<URL> getResources(String name) {
                return Collections.emptyEnumeration();
            }
        };
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> VaderLexicon.fromClassPath(empty));
        assertTrue(missing.getMessage().contains("sentiment/vader_lexicon.txt"), missing.getMessage());
    }
}
