package org.rapport.contacts.internal.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaBuilder.Trimspec;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.contacts.duplicates.DuplicateReason.Kind;
import org.rapport.contacts.duplicates.DuplicateService;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.persistence.access.UnitAccess;
import org.rapport.contacts.internal.util.LongPairs;
import org.rapport.contacts.model.Sex;

/**
 * The duplicate scan. Emails and handles are grouped by the database ({@code GROUP BY LOWER(address) HAVING
 * COUNT(DISTINCT person) > 1}); phone numbers and names, whose keys SQL cannot compute (digits only; accent-free,
 * typo-tolerant name keys), are read once in chunks, reduced to 64-bit key hashes and sorted, so people meet only
 * the others in their group. Nothing compares every person with every other.
 */
public final class DuplicateScanner {

    /** More people than this sharing an email, handle or phone means a shared address (info@, a switchboard). */
    public static final int MAX_EXACT_GROUP = 20;
    /** Pairs scoring lower are not reported. */
    static final double MIN_SCORE = 0.5;
    /** Names at least this similar (Jaro-Winkler) count as evidence. */
    static final double NAME_THRESHOLD = 0.9;
    private static final int CHUNK = 20_000;
    private static final int IN_LIST = 500;
    /** EclipseLink's query hint for literal values in the SQL instead of parameters. */
    private static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    private final UnitAccess db;
    private final PairEvidence evidence = new PairEvidence();

    /** A pair found, with its evidence. */
    public record Found(long first, long second, double score, List<org.rapport.contacts.duplicates.DuplicateReason> reasons) {
    }

    public DuplicateScanner(UnitAccess db) {
        this.db = db;
    }

    /** Scans; throws {@code OperationCanceledException} when the monitor is cancelled. */
    public List<Found> scan(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Looking for duplicates", 100);
        progress.subTask("Same email addresses");
        exactGroups("emails", Kind.SAME_EMAIL, 0.95, "both have ");
        progress.split(15);
        progress.subTask("Same social handles");
        exactGroups("socialProfiles", Kind.SAME_HANDLE, 0.9, "both are ");
        progress.split(15);
        progress.subTask("Same phone numbers");
        phones(progress.split(25));
        progress.subTask("Similar names");
        names(progress.split(45));
        List<Found> found = new ArrayList<>();
        for (PairEvidence.Scored scored : evidence.scored(MIN_SCORE)) {
            found.add(new Found(scored.pair().first(), scored.pair().second(), scored.score(), scored.reasons()));
        }
        return found;
    }

    /** Emails or handles shared by 2 to {@link #MAX_EXACT_GROUP} people, grouped by the database. */
    private void exactGroups(String collection, Kind kind, double score, String detailPrefix) {
        List<Object[]> groups = db.read(em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
            Root<PersonEntity> p = query.from(PersonEntity.class);
            Join<PersonEntity, ?> element = p.join(collection);
            Expression<String> key = key(cb, element, collection);
            Expression<Long> people = cb.countDistinct(p.get("id"));
            query.multiselect(key, cb.min(p.<Long>get("id")), cb.max(p.<Long>get("id")), people).groupBy(key)
                    .having(cb.between(people, 2L, (long) MAX_EXACT_GROUP));
            // the key's constants (' ', '@') written into the SQL: Derby matches a GROUP BY expression with the
            // selected one only when neither has parameter markers
            return em.createQuery(query).setHint(BIND_PARAMETERS, "false").getResultList();
        });
        List<String> wide = new ArrayList<>();
        for (Object[] group : groups) {
            String key = (String) group[0];
            if (((Number) group[3]).longValue() == 2) {
                evidence.add(((Number) group[1]).longValue(), ((Number) group[2]).longValue(), kind, score,
                        detailPrefix + display(key, collection));
            } else {
                wide.add(key);
            }
        }
        for (int from = 0; from < wide.size(); from += IN_LIST) {
            List<String> keys = wide.subList(from, Math.min(wide.size(), from + IN_LIST));
            Map<String, List<Long>> members = new HashMap<>();
            for (Object[] row : db.read(em -> membersOf(em, collection, keys))) {
                members.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(((Number) row[1]).longValue());
            }
            members.forEach((key, ids) -> allPairs(ids, kind, score, detailPrefix + display(key, collection)));
        }
    }

    private static List<Object[]> membersOf(EntityManager em, String collection, List<String> keys) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<PersonEntity> p = query.from(PersonEntity.class);
        Join<PersonEntity, ?> element = p.join(collection);
        Expression<String> key = key(cb, element, collection);
        query.multiselect(key, p.get("id")).where(key.in(keys)).distinct(true);
        return em.createQuery(query).getResultList();
    }

    /** An email in lower case; a handle as "network handle", lower case, without a leading @. */
    private static Expression<String> key(CriteriaBuilder cb, Join<PersonEntity, ?> element, String collection) {
        if (collection.equals("emails")) {
            return cb.lower(element.get("address"));
        }
        return cb.concat(cb.concat(element.<String>get("network"), " "),
                cb.trim(Trimspec.LEADING, '@', cb.lower(element.<String>get("handle"))));
    }

    private static String display(String key, String collection) {
        if (collection.equals("emails")) {
            return key;
        }
        int space = key.indexOf(' ');
        return "@" + key.substring(space + 1) + " on " + key.substring(0, space);
    }

    private void allPairs(List<Long> ids, Kind kind, double score, String detail) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                evidence.add(distinct.get(i), distinct.get(j), kind, score, detail);
            }
        }
    }

    /** Phone numbers: the last nine digits, so "+49 151 2345678" and "0151 234-5678" meet. */
    private void phones(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        LongPairs keys = new LongPairs(1 << 16);
        chunks(progress.split(1), "SELECT p.id, ph.number FROM Person p JOIN p.phones ph", rows -> {
            for (Object[] row : rows) {
                String key = phoneKey((String) row[1]);
                if (key != null) {
                    keys.add(KeyHash.of(key), ((Number) row[0]).longValue());
                }
            }
        });
        keys.sortByKey();
        Set<Long> candidates = new LinkedHashSet<>();
        forEachGroup(keys, MAX_EXACT_GROUP, (from, to) -> {
            for (int i = from; i < to; i++) {
                candidates.add(keys.value(i));
            }
        });
        List<Long> ids = new ArrayList<>(candidates);
        Map<String, List<Long>> byNumber = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            List<Object[]> rows = db.read(em -> em.createQuery("SELECT p.id, ph.number FROM Person p JOIN p.phones ph"
                    + " WHERE p.id IN :ids ORDER BY p.id", Object[].class).setParameter("ids", chunk).getResultList());
            for (Object[] row : rows) {
                String key = phoneKey((String) row[1]);
                if (key != null) {
                    byNumber.computeIfAbsent(key, k -> new ArrayList<>()).add(((Number) row[0]).longValue());
                    shown.putIfAbsent(key, (String) row[1]);
                }
            }
        }
        byNumber.forEach((key, people) -> {
            if (new LinkedHashSet<>(people).size() <= MAX_EXACT_GROUP) {
                allPairs(people, Kind.SAME_PHONE, 0.8, "both have the phone number " + shown.get(key));
            }
        });
        progress.split(1);
    }

    /** The last nine digits of a number (a leading 00 or + and the country code fall away), or null if too short. */
    static String phoneKey(String number) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (Character.isLetter(c)) {
                break; // an extension ("x 12", "ext. 12") follows
            }
        }
        if (digits.length() < 7) {
            return null;
        }
        return digits.length() <= 9 ? digits.toString() : digits.substring(digits.length() - 9);
    }

    /** Similar names, compared within blocks of people who share a name key. */
    private void names(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        NameBlocks blocks = new NameBlocks();
        chunks(progress.split(1), "SELECT p.id, p.firstName, p.lastName, p.birthDate, p.sex FROM Person p", rows -> {
            for (Object[] row : rows) {
                blocks.add(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (LocalDate) row[3], (Sex) row[4]);
            }
        });
        LongPairs keys = blocks.keys();
        keys.sortByKey();
        progress.split(1);
        forEachGroup(keys, DuplicateService.MAX_NAME_GROUP, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int j = i + 1; j < to; j++) {
                    blocks.compare((int) keys.value(i), (int) keys.value(j), evidence);
                }
            }
        });
        progress.split(1);
    }

    private interface Rows {
        void accept(List<Object[]> rows);
    }

    /** Runs a person query (its FROM with alias p) over every person, a chunk of ids at a time. */
    private void chunks(IProgressMonitor monitor, String select, Rows rows) {
        long people = db.read(em -> em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult());
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.max(1, people / CHUNK + 1));
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = db.read(em -> em.createQuery("SELECT p.id FROM Person p WHERE p.id > :after ORDER BY p.id",
                    Long.class).setParameter("after", from).setMaxResults(CHUNK).getResultList());
            if (ids.isEmpty()) {
                return;
            }
            long last = ids.get(ids.size() - 1);
            rows.accept(db.read(em -> em.createQuery(select + " WHERE p.id > :after AND p.id <= :last", Object[].class)
                    .setParameter("after", from).setParameter("last", last).getResultList()));
            after = last;
            progress.split(1);
        }
    }

    private interface Group {
        void accept(int from, int to);
    }

    /** Runs of equal keys in sorted pairs that hold 2 to {@code max} distinct values. */
    private static void forEachGroup(LongPairs sorted, int max, Group group) {
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.key(i) != sorted.key(start)) {
                int distinct = 0;
                for (int k = start; k < i; k++) {
                    if (k == start || sorted.value(k) != sorted.value(k - 1)) {
                        distinct++;
                    }
                }
                if (distinct >= 2 && distinct <= max) {
                    group.accept(start, i);
                }
                start = i;
            }
        }
    }
}
