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
 * One chunk of an import: finds the rows' members and earlier transactions with a query per chunk, rejects what does
 * not fit, and applies the rest in one transaction, each row whole or not at all. When the transaction itself fails,
 * each row is applied again in a transaction of its own, so one bad row cannot take the chunk with it.
 */
final class ChunkImport {

    /** How a chunk went. */
    record Outcome(long applied, long already) {
    }

    private final LoyaltyUnit unit;
    private final Program program;
    private final PersonLookup people;
    private final List<TierChange> upgrades = new ArrayList<>();

    /** A member's tier change during the import. */
    record TierChange(long personId, String from, String to) {
    }

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
        Map<Long, Long> members = new HashMap<>();
        Map<String, TransactionEntity> earlier = new HashMap<>();
        unit.read(em -> {
            List<Long> personIds = persons.values().stream().map(PersonRef::id).distinct().toList();
            // by person alone, the program checked here: with "PROGRAM_ID = ? AND PERSON_ID IN (...)" Derby chose the
            // (PROGRAM_ID, PERSON_ID) index and scanned every member of the program for each chunk, where the IN list
            // alone is probed on the person index
            for (int i = 0; i < personIds.size(); i += 500) {
                for (MemberEntity m : em.createQuery("SELECT m FROM LoyaltyMember m WHERE m.personId IN :ids",
                        MemberEntity.class)
                        .setParameter("ids", InLists.padded(personIds.subList(i, Math.min(personIds.size(), i + 500)), 500))
                        .getResultList()) {
                    if (m.getProgramId() == program.id()) {
                        members.put(m.getPersonId(), m.getId());
                    }
                }
            }
            for (TransactionEntity t : em.createQuery("SELECT t FROM LoyaltyTransaction t WHERE t.programId = :p"
                    + " AND t.reference IN :r", TransactionEntity.class).setParameter("p", program.id())
                    .setParameter("r", InLists.padded(rows.stream().map(TransactionRow::reference).distinct().toList(),
                            CsvTransactionImport.CHUNK)).getResultList()) {
                earlier.put(t.getReference(), t);
            }
            return null;
        });
        long already = 0;
        Map<String, TransactionRow> inChunk = new LinkedHashMap<>();
        List<Member> toApply = new ArrayList<>();
        for (TransactionRow row : rows) {
            if (!row.currency().equalsIgnoreCase(program.currency())) {
                rejected.add(row.line(), row.reference(), "wrong currency " + row.currency() + " (" + program.name()
                        + " is in " + program.currency() + ")");
                continue;
            }
            PersonRef person = persons.get(PersonLookup.emailKey(row.email()));
            Long memberId = person == null ? null : members.get(person.id());
            if (memberId == null) {
                rejected.add(row.line(), row.reference(), person == null ? "unknown member " + row.email()
                        : row.email() + " is not a member of " + program.name());
                continue;
            }
            TransactionEntity before = earlier.get(row.reference());
            TransactionRow sameChunk = inChunk.get(row.reference());
            if (before != null || sameChunk != null) {
                boolean same = before != null ? sameAs(before, row, memberId) : sameAs(sameChunk, row);
                if (same) {
                    already++;
                } else {
                    rejected.add(row.line(), row.reference(), "reference " + row.reference() + " reused by another transaction"
                            + (sameChunk != null ? " (line " + sameChunk.line() + ")" : ""));
                }
                continue;
            }
            inChunk.put(row.reference(), row);
            toApply.add(new Member(row, person.id(), memberId));
        }
        long applied;
        try {
            applied = unit.write(em -> applyAll(em, toApply, rejected, true));
        } catch (RuntimeException failed) {
            applied = 0;
            for (Member one : toApply) {
                try {
                    applied += unit.write(em -> applyAll(em, List.of(one), rejected, false));
                } catch (RuntimeException e) {
                    rejected.add(one.row().line(), one.row().reference(), "not applied: " + e.getMessage());
                }
            }
        }
        return new Outcome(applied, already);
    }

    /** A row with its member's person and membership ids. */
    private record Member(TransactionRow row, long personId, long memberId) {
    }

    private long applyAll(EntityManager em, List<Member> rows, RejectedRows rejected, boolean deferRejections) {
        long applied = 0;
        List<Runnable> rejections = new ArrayList<>();
        List<TierChange> chunkUpgrades = new ArrayList<>();
        if (rows.isEmpty()) {
            return 0;
        }
        LocalDate first = rows.stream().map(m -> m.row().day()).min(LocalDate::compareTo).orElseThrow();
        ChunkLedger ledger = new ChunkLedger(em, program, rows.stream().map(Member::memberId).distinct().toList(), first);
        for (Member member : rows) {
            TransactionRow row = member.row();
            try {
                if (row.refund()) {
                    ledger.refund(member.memberId(), new Refund(program.id(), member.personId(), row.day(), row.amount(),
                            row.currency(), row.reference(), row.refunds()));
                } else {
                    String[] upgrade = ledger.earn(member.memberId(), new Purchase(program.id(), member.personId(),
                            row.day(), row.amount(), row.currency(), row.reference(), row.category()));
                    if (upgrade != null) {
                        chunkUpgrades.add(new TierChange(member.personId(), upgrade[0], upgrade[1]));
                    }
                }
                applied++;
            } catch (LoyaltyException e) {
                rejections.add(() -> rejected.add(row.line(), row.reference(), e.getMessage()));
            }
        }
        ledger.finish();
        // reported only once the transaction is certain: a failed chunk is applied again row by row
        if (deferRejections) {
            em.flush();
        }
        rejections.forEach(Runnable::run);
        upgrades.addAll(chunkUpgrades);
        return applied;
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
