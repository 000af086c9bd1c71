package org.rapport.community.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.Activity;
import org.rapport.community.Pillar;
import org.rapport.community.ScoreService;
import org.rapport.community.internal.CommunityUnit;
import org.rapport.community.internal.model.MemberActivityEntity;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.community.internal.score.ScoreServices;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * {@code community rescore} and {@code community review --at DATE} on a database with one member who gave five talks
 * (8 points each) in March 2026: level 2 until the review of 1 June, when only three talks are in the window.
 */
class ScoreCommandsTest {

    @TempDir
    Path workspace;
    private StandaloneDatabase database;
    private ScoreService scores;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CliContext context = CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

    @BeforeEach
    void open() {
        database = TestDatabases.create(workspace);
        CommunityUnit unit = new CommunityUnit(database);
        scores = ScoreServices.standalone(unit);
        unit.write(em -> {
            MemberEntity member = new MemberEntity();
            member.setDisplayName("Ada");
            member.setCreatedAt(Instant.parse("2026-01-01T00:00:00Z"));
            em.persist(member);
            em.flush();
            for (int day = 1; day <= 5; day++) {
                em.persist(new MemberActivityEntity(new Activity(0, member.getId(), "talk", Pillar.CONTENT,
                        Instant.parse("2026-03-0" + day + "T18:00:00Z"), "manual", "", null, null, null, null,
                        "manual", null), "manual:" + day));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void reviewAtADateMovesDownWhoseWindowFell() throws Exception {
        assertEquals(ExitCode.OK, new CommunityReviewCommand(scores).run(List.of("--at", "2026-05-01"), context));
        assertTrue(text().matches("(?s).*level 2 Contributors +1\\R.*"), text());
        out.reset();

        assertEquals(ExitCode.OK, new CommunityReviewCommand(scores).run(List.of("--at", "2026-06-01"), context));

        assertTrue(text().startsWith("reviewed as of 2026-06-01T00:00:00Z: 1 members, 5 activities, 0 up, 1 down"),
                text());
        assertTrue(text().contains("next review 2026-07-01T00:00:00Z"), text());
        assertTrue(text().matches("(?s).*level 3 Participants +1\\R.*"), text());
    }

    @Test
    void rescorePrintsTheLevelsAndRefusesArguments() throws Exception {
        assertEquals(ExitCode.OK, new CommunityRescoreCommand(scores).run(List.of(), context));
        assertTrue(text().contains("1 members, 5 activities"), text());
        assertThrows(UsageException.class, () -> new CommunityRescoreCommand(scores).run(List.of("x"), context));
        assertThrows(UsageException.class,
                () -> new CommunityReviewCommand(scores).run(List.of("--at", "June"), context));
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
