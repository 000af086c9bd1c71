package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.segments.Segment;

/** The demo segments: saved after the demo contacts, each with members among them, and only into an empty list. */
class SegmentsDemoDataTest {

    @TempDir
    Path workspace;
    private TestContacts test;
    private JpaSegmentService segments;

    @BeforeEach
    void open() {
        test = new TestContacts(workspace);
        segments = new JpaSegmentService(test.unit, test.contacts);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theDemoSegmentsEachHaveSomeButNotAllOfTheDemoPeople() {
        new ContactsDemoData(test.contacts, test.unit, test.events).load(null);
        SegmentsDemoData demo = new SegmentsDemoData(segments);
        assertTrue(demo.isEmpty());
        assertTrue(demo.after().contains(new ContactsDemoData(test.contacts, test.unit, test.events).id()),
                "runs after the demo contacts, whose custom fields it uses");

        demo.load(null);

        List<Segment> saved = segments.segments();
        assertEquals(List.of("Key accounts", "VIPs open to marketing", "Young professionals on Mastodon"),
                saved.stream().map(Segment::getName).toList());
        int everyone = test.contacts.count(ContactQuery.ALL);
        for (Segment segment : saved) {
            int members = segments.count(segment.getCriteria());
            assertTrue(members > 0 && members < everyone, segment.getName() + " has " + members + " of " + everyone);
        }
        assertFalse(demo.isEmpty());
    }

    @Test
    void withoutTheDemoCustomFieldsTheSegmentUsingOneIsLeftOut() {
        SegmentsDemoData demo = new SegmentsDemoData(segments);

        demo.load(null);

        assertEquals(List.of("VIPs open to marketing", "Young professionals on Mastodon"),
                segments.segments().stream().map(Segment::getName).toList());
    }
}
