package org.rapport.loyalty.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.loyalty.LoyaltyTopics;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.access.CommittedChange;

/**
 * In team mode a colleague's member card and members list must follow a redemption or an enrolment made at another
 * Rapport: member and ledger changes go to the other processes (the broadcast that carries them over PostgreSQL is
 * tested in org.rapport.persistence.tests' LiveChangesTest), a tier change does not (it would be recorded on the
 * timeline once per process), and the topics are named so that they are re-posted after missed changes.
 */
class LoyaltyBroadcastTest {

    private final List<CommittedChange> sent = new ArrayList<>();
    private final List<String> named = new ArrayList<>();
    private final ChangeBroadcast others = new ChangeBroadcast() {
        @Override
        public void committed(CommittedChange change) {
            sent.add(change);
        }

        @Override
        public void registerTopics(Collection<String> topics) {
            named.addAll(topics);
        }
    };

    @Test
    void memberAndLedgerChangesReachTheOtherRapportsAndTierChangesStayHere() {
        LoyaltyEvents events = new LoyaltyEvents();
        events.setChangeBroadcast(others);
        assertTrue(named.containsAll(List.of(LoyaltyTopics.PROGRAMS_CHANGED, LoyaltyTopics.MEMBERS_CHANGED,
                LoyaltyTopics.LEDGER_CHANGED)), named.toString());

        events.ledgerChanged(7, List.of(41L, 42L));
        events.membersChanged(7, List.of(43L));
        events.tierChanged(7, 41, "Member", "Silver");
        events.ledgerChanged(7, List.of());

        assertEquals(List.of(new CommittedChange(LoyaltyTopics.LEDGER_CHANGED, List.of(41L, 42L), List.of(41L, 42L)),
                new CommittedChange(LoyaltyTopics.MEMBERS_CHANGED, List.of(43L), List.of()),
                new CommittedChange(LoyaltyTopics.LEDGER_CHANGED, List.of(), List.of())), sent);
    }
}
