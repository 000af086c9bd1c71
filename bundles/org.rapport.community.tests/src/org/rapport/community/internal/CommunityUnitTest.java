package org.rapport.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.Activity;
import org.rapport.community.Pillar;
import org.rapport.community.internal.model.MemberActivityEntity;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/** The community unit opens in a new database with Rapport's activity types, and stores members and activities. */
class CommunityUnitTest {

    @TempDir
    Path workspace;
    private StandaloneDatabase database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aNewDatabaseHasTheDefaultActivityTypesAndKeepsActivities() {
        database = TestDatabases.create(workspace);
        CommunityUnit unit = new CommunityUnit(database);
        List<String> keys = unit.read(em -> em
                .createQuery("SELECT t.key FROM CommunityActivityType t ORDER BY t.key", String.class)
                .getResultList());
        assertEquals(DefaultActivityTypes.DEFAULTS.size(), keys.size(), "every default type is created once");
        long memberId = unit.write(em -> {
            MemberEntity member = new MemberEntity();
            member.setDisplayName("Ada Lovelace");
            em.persist(member);
            em.flush();
            em.persist(new MemberActivityEntity(new Activity(0, member.getId(), "talk", Pillar.CONTENT,
                    Instant.parse("2026-11-03T18:00:00Z"), "manual", "Talk: engines", null, null, null, null,
                    "manual", null), "manual:1"));
            return member.getId();
        });
        List<Activity> stored = unit.read(em -> em
                .createQuery("SELECT a FROM CommunityActivity a WHERE a.memberId = :m", MemberActivityEntity.class)
                .setParameter("m", memberId).getResultList().stream().map(MemberActivityEntity::toActivity).toList());
        assertEquals(1, stored.size());
        assertEquals("Talk: engines", stored.get(0).title());
        assertEquals(Pillar.CONTENT, stored.get(0).pillar());
    }
}
