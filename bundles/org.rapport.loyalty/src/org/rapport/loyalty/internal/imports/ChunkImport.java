package org.rapport.loyalty.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Refund;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.ledger.ChunkLedger;
import org.rapport.loyalty.internal.ledger.InLists;
import org.rapport.loyalty.internal.model.MemberEntity;
import org.rapport.loyalty.internal.model.TransactionEntity;

/**
 * One chunk of an import in one transaction: locks the members and the ledger ({@link ChunkLedger#lock}), finds the
 * rows' members and earlier transactions with a query per chunk, rejects what does not fit and applies the rest, each
 * row whole or not at all. Under the lock, what the chunk found cannot change before it writes: two imports of the same
 * file at once apply each transaction once. When the transaction itself fails, each row is applied again in a
 * transaction of its own, so one bad row cannot take the chunk with it. Rejections are reported once the transaction
 * that made them has committed.
 */
final class ChunkImport {

    /** How a chunk went. */
    record Outcome(long applied, long already) {
    }

    /** A member's tier change during the import. */
    record TierChange(long personId, String from, String to) {
    }

    private final LoyaltyUnit unit;
    private final Program program;
    private final PersonLookup people;
    private final List<TierChange> upgrades = new ArrayList<>();

    ChunkImport(LoyaltyUnit unit, Program program, PersonLookup people) {
        this.unit = unit;
        this.program = program;
        this.people = people;
    }

    /** The tier upgrades of the import so far. */
    List<TierChange> upgrades() {
        return upgrades;
    }

    Outcome apply(List<TransactionRow> rows, RejectedRows rejected) {
        if (rows.isEmpty()) {
            return new Outcome(0, 0);
        }
        Map<String, PersonRef> persons = people.byEmails(rows.stream().map(TransactionRow::email).distinct().toList());
        List<Result> results = new ArrayList<>();
        try {
            results.add(unit.write(em -> applyAll(em, rows, persons)));
        } catch (RuntimeException failed) {
            for (TransactionRow row : rows) {
                try {
                    results.add(unit.write(em -> applyAll(em, List.of(row), persons)));
                } catch (RuntimeException e) {
                    rejected.add(row.line(), row.reference(), "not applied: " + e.getMessage());
                }
            }
        }
        long applied = 0;
        long already = 0;
        for (Result result : results) {
            applied += result.applied;
            already += result.already;
            result.rejections.forEach(r -> rejected.add(r.line(), r.reference(), r.reason()));
            upgrades.addAll(result.upgrades);
        }
        return new Outcome(applied, already);
    }

    /** What one transaction did, reported only once it committed. */
    private static final class Result {
        long applied;
        long already;
        final List<Rejection> rejections = new ArrayList<>();
        final List<TierChange> upgrades = new ArrayList<>();

        void reject(TransactionRow row, String reason) {
            rejections.add(new Rejection(row.line(), row.reference(), reason));
        }
    }

    private record Rejection(long line, String reference, String reason) {
    }

    /** A row with its member's person id and membership. */
    private record Member(TransactionRow row, long personId, MemberEntity member) {
    }

    private Result applyAll(EntityManager em, List<TransactionRow> rows, Map<String, PersonRef> persons) {
        ChunkLedger.lock(em);
        Map<Long, MemberEntity> members = members(em, persons.values().stream().map(PersonRef::id).distinct().toList());
        Map<String, TransactionEntity> earlier = earlier(em, rows);
        Result result = new Result();
        Map<String, TransactionRow> inChunk = new LinkedHashMap<>();
        List<Member> toApply = new ArrayList<>();
        for (TransactionRow row : rows) {
            if (!row.currency().equalsIgnoreCase(program.currency())) {
                result.reject(row, "wrong currency " + row.currency() + " (" + program.name() + " is in "
                        + program.currency() + ")");
                continue;
            }
            PersonRef person = persons.get(PersonLookup.emailKey(row.email()));
            MemberEntity member = person == null ? null : members.get(person.id());
            if (member == null) {
                result.reject(row, person == null ? "unknown member " + row.email()
                        : row.email() + " is not a member of " + program.name());
                continue;
            }
            TransactionEntity before = earlier.get(row.reference());
            TransactionRow sameChunk = inChunk.get(row.reference());
            if (before != null || sameChunk != null) {
                if (before != null ? sameAs(before, row, member.getId()) : sameAs(sameChunk, row)) {
                    result.already++;
                } else {
                    result.reject(row, "reference " + row.reference() + " reused by another transaction"
                            + (sameChunk != null ? " (line " + sameChunk.line() + ")" : ""));
                }
                continue;
            }
            inChunk.put(row.reference(), row);
            toApply.add(new Member(row, person.id(), member));
        }
        if (!toApply.isEmpty()) {
            earn(em, toApply, result);
        }
        return result;
    }

    private void earn(EntityManager em, List<Member> rows, Result result) {
        LocalDate first = rows.stream().map(m -> m.row().day()).min(LocalDate::compareTo).orElseThrow();
        ChunkLedger ledger = new ChunkLedger(em, program, rows.stream().map(Member::member).distinct().toList(), first);
        for (Member member : rows) {
            TransactionRow row = member.row();
            long memberId = member.member().getId();
            try {
                if (row.refund()) {
                    ledger.refund(memberId, new Refund(program.id(), member.personId(), row.day(), row.amount(),
                            row.currency(), row.reference(), row.refunds()));
                } else {
                    String[] upgrade = ledger.earn(memberId, new Purchase(program.id(), member.personId(), row.day(),
                            row.amount(), row.currency(), row.reference(), row.category()));
                    if (upgrade != null) {
                        result.upgrades.add(new TierChange(member.personId(), upgrade[0], upgrade[1]));
                    }
                }
                result.applied++;
            } catch (LoyaltyException e) {
                result.reject(row, e.getMessage());
            }
        }
        ledger.finish();
        em.flush();
    }

    /** The program's members among these people, by person id. */
    private Map<Long, MemberEntity> members(EntityManager em, List<Long> personIds) {
        Map<Long, MemberEntity> members = new HashMap<>();
        // by person alone, the program checked here: with "PROGRAM_ID = ? AND PERSON_ID IN (...)" Derby chose the
        // (PROGRAM_ID, PERSON_ID) index and scanned every member of the program for each chunk, where the IN list
        // alone is probed on the person index
        for (int i = 0; i < personIds.size(); i += 500) {
            for (MemberEntity m : em.createQuery("SELECT m FROM LoyaltyMember m WHERE m.personId IN :ids",
                    MemberEntity.class)
                    .setParameter("ids", InLists.padded(personIds.subList(i, Math.min(personIds.size(), i + 500)), 500))
                    .getResultList()) {
                if (m.getProgramId() == program.id()) {
                    members.put(m.getPersonId(), m);
                }
            }
        }
        return members;
    }

    /** The program's transactions that have the rows' references, by reference. */
    private Map<String, TransactionEntity> earlier(EntityManager em, List<TransactionRow> rows) {
        Map<String, TransactionEntity> earlier = new HashMap<>();
        for (TransactionEntity t : em.createQuery("SELECT t FROM LoyaltyTransaction t WHERE t.programId = :p"
                + " AND t.reference IN :r", TransactionEntity.class).setParameter("p", program.id())
                .setParameter("r", InLists.padded(rows.stream().map(TransactionRow::reference).distinct().toList(),
                        CsvTransactionImport.CHUNK))
                .getResultList()) {
            earlier.put(t.getReference(), t);
        }
        return earlier;
    }

    private static boolean sameAs(TransactionEntity before, TransactionRow row, long memberId) {
        return before.getMemberId() == memberId && before.getDay().equals(row.day())
                && before.getAmount().compareTo(row.amount()) == 0
                && before.getType().equals(row.refund() ? TransactionEntity.REFUND : TransactionEntity.PURCHASE)
                && Objects.equals(Objects.requireNonNullElse(before.getRefunds(), ""), row.refunds());
    }

    private static boolean sameAs(TransactionRow first, TransactionRow row) {
        return first.email().equalsIgnoreCase(row.email()) && first.day().equals(row.day())
                && first.amount().compareTo(row.amount()) == 0 && first.refund() == row.refund()
                && first.refunds().equals(row.refunds());
    }
}
