package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.rapport.persistence.access.CommittedChange;

/** The payload of a change notification: what another process (or a later offline journal) reads back. */
class ChangeMessageTest {

    @Test
    void aChangeReadsBackAsItWasSent() {
        ChangeMessage sent = new ChangeMessage("origin \"1\"", new CommittedChange(
                "org/rapport/pipeline/opportunities/CHANGED", List.of(42L, Long.MAX_VALUE), List.of(7L)));

        String json = sent.toJson();

        assertEquals("{\"v\":1,\"origin\":\"origin \\\"1\\\"\",\"topic\":\"org/rapport/pipeline/opportunities/CHANGED\","
                + "\"ids\":[42,9223372036854775807],\"personIds\":[7]}", json, "the documented format");
        assertEquals(sent, ChangeMessage.parse(json));
    }

    @Test
    void membersAReaderDoesNotKnowAreSkipped() {
        ChangeMessage read = ChangeMessage.parse("{ \"v\": 1, \"sentAt\": 1765000000, \"by\": \"ann\", \"origin\": \"a\","
                + " \"topic\": \"t/CHANGED\", \"ids\": [ 1, 2 ], \"tags\": [], \"personIds\": [] }");

        assertEquals(new ChangeMessage("a", new CommittedChange("t/CHANGED", List.of(1L, 2L), List.of())), read);
    }

    @Test
    void aChangeTooBigForOneNotificationTravelsAsABulkChange() {
        List<Long> ids = LongStream.range(1_000_000_000_000L, 1_000_000_000_000L + 600).boxed().toList();
        ChangeMessage big = new ChangeMessage("a", new CommittedChange("t/CHANGED", ids, List.of(3L)));

        String json = big.toJson();

        assertTrue(json.getBytes(StandardCharsets.UTF_8).length < 8000, "PostgreSQL takes payloads below 8000 bytes");
        CommittedChange read = ChangeMessage.parse(json).change();
        assertTrue(read.isBulk(), "without ids: the other process re-reads everything");
        assertEquals(List.of(3L), read.personIds(), "the people still fit");
    }

    @Test
    void anotherProgramsNotificationOrANewerFormatIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChangeMessage.parse("cache flushed"));
        assertThrows(IllegalArgumentException.class, () -> ChangeMessage.parse("{\"v\":2,\"origin\":\"a\",\"topic\":\"t\"}"));
        assertThrows(IllegalArgumentException.class, () -> ChangeMessage.parse("{\"v\":1,\"topic\":\"t\"}"));
    }
}
