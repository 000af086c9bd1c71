package org.rapport.community.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.Activity;
import org.rapport.community.ActivityType;
import org.rapport.community.Member;
import org.rapport.community.internal.CommunityParts;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/** {@code community import}, {@code community members} and {@code community report} as a script sees them. */
class CommunityCommandsTest {

    @TempDir
    Path workspace;
    @TempDir
    Path files;
    private StandaloneDatabase database;
    private CommunityParts parts;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() {
        database = TestDatabases.create(workspace);
        parts = new CommunityParts(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ExitCode run(CliCommand command, String... args) throws UsageException {
        out.reset();
        err.reset();
        return command.run(List.of(args), CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importPrintsWhatItDidAndTheRejectedRows() throws Exception {
        Path file = Files.writeString(files.resolve("a.csv"), """
                date,platform,handle,name,type,title
                2026-11-01,github,ada-l,Ada Lovelace,talk,Talk at FOSDEM
                2026-11-02,github,ada-l,Ada Lovelace,juggling,Juggled
                """);
        CommunityImportCommand command = new CommunityImportCommand(parts.activities);
        assertEquals(ExitCode.OK, run(command, file.toString()));
        assertTrue(out().startsWith("Imported a.csv as csv: 1 activities, 1 new members, 0 already imported, 1 rejected"),
                out());
        assertTrue(out().contains("rejected: line 3: unknown activity type juggling"), out());
        assertTrue(out().contains("report: " + file.resolveSibling("a.csv.problems.txt")), out());
        Path bad = Files.writeString(files.resolve("b.csv"), "date,platform,handle,type\nsoon,github,x,talk\n");
        assertEquals(ExitCode.FAILED, run(command, bad.toString()));
    }

    @Test
    void membersListAsTsvOrJsonWithTheirLevelAndTheReportNamesTheMostActive() throws Exception {
        Instant now = Instant.now();
        Member ada = parts.members.save(Member.named("Ada Lovelace"));
        Member grace = parts.members.save(Member.named("Grace Hopper"));
        ActivityType talk = parts.activities.type("talk").orElseThrow();
        ActivityType reply = parts.activities.type("reply").orElseThrow();
        for (int i = 0; i < 6; i++) {
            parts.activities.add(Activity.manual(ada.id(), talk, now.minusSeconds(60L * (i + 1)), "Talk " + i));
        }
        parts.activities.add(Activity.manual(grace.id(), reply, now.minusSeconds(30), "A reply"));
        parts.scores.rescore(now);

        CommunityMembersCommand members = new CommunityMembersCommand(parts.members, parts.scores);
        assertEquals(ExitCode.OK, run(members));
        String[] lines = out().split("\n");
        assertEquals(CommunityMembersCommand.HEADER, lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith(ada.id() + "\tAda Lovelace\t"), lines[1]);
        String adaLevel = lines[1].split("\t")[2];
        assertEquals(ExitCode.OK, run(members, "--level", adaLevel, "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals("Ada Lovelace", json.get(0).get("name").asText());
        for (JsonNode member : json) {
            assertEquals(Integer.parseInt(adaLevel), member.get("level").asInt(), "only that level");
        }

        CommunityReportCommand report = new CommunityReportCommand(parts.members, parts.activities, parts.scores,
                Clock.fixed(now, ZoneOffset.UTC));
        assertEquals(ExitCode.OK, run(report));
        assertTrue(out().contains("members 2 (staff 0, ambassadors 0, linked to contacts 0)"), out());
        String afterHeading = out().substring(out().indexOf("most active this month:"));
        if (now.minusSeconds(600).atZone(ZoneOffset.UTC).getMonth() == now.atZone(ZoneOffset.UTC).getMonth()) {
            assertTrue(afterHeading.contains("1. Ada Lovelace"), afterHeading);
        }
        assertTrue(out().contains("level 1"), out());
    }
}
