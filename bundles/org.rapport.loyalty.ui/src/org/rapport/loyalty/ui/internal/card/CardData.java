package org.rapport.loyalty.ui.internal.card;

import java.util.List;

import org.rapport.core.PersonRef;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.Member;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.Statement;

/**
 * What the card shows of a person, read in one job: their memberships, the program shown, its statement and the
 * newest ledger entries.
 *
 * @param person       the contact
 * @param memberships  the programs they are a member of (empty: none)
 * @param programs     every program, for names and tiers
 * @param program      the program shown, or {@code null} when they are a member of none
 * @param statement    their statement in it, or {@code null}
 * @param firstEntries the newest ledger entries (the first page)
 * @param entryCount   how many ledger entries there are
 */
record CardData(PersonRef person, List<Member> memberships, List<Program> programs, Program program,
        Statement statement, List<LedgerEntry> firstEntries, long entryCount) {
}
