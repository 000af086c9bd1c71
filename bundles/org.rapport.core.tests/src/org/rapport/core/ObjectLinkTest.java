package org.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectLinkTest {

    @Test
    void textFormRoundTrips() {
        ObjectLink link = new ObjectLink("pipeline.opportunity", "4711");
        assertEquals("rapport:pipeline.opportunity/4711", link.toUri());
        assertEquals(link, ObjectLink.parse(link.toUri()));
    }

    @Test
    void rejectsTextThatIsNotALinkAndSaysTheExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObjectLink.parse("http://x/1"));
        assertTrue(e.getMessage().contains("rapport:<type>/<id>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ObjectLink("Opportunity", "1"));
        assertThrows(IllegalArgumentException.class, () -> new ObjectLink("pipeline.opportunity", "a/b"));
    }
}
