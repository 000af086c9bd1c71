package org.rapport.community.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.rapport.community.DuplicateMembers;
import org.rapport.community.Member;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.community.internal.model.MemberIdentityEntity;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;

/**
 * Finds members who are probably one person. Members are grouped by keys (the linked contact, the contact an identity
 * belongs to, a handle, a name with its organization), so the work grows with the members, not their square; groups
 * larger than {@value #MAX_GROUP} are too common to be evidence and are skipped. Evidence and scores:
 * <ul>
 * <li>linked to the same contact: 0.95;</li>
 * <li>identities on two networks that one contact has (the contacts link them): 0.9;</li>
 * <li>the same display name and organization: 0.7;</li>
 * <li>the same handle on two networks: 0.6;</li>
 * <li>the same display name of two or more words, without organization: 0.5.</li>
 * </ul>
 */
final class DuplicateFinder {

    static final int MAX_GROUP = 50;

    private final EntityManager em;
    private final PersonLookup people;
    private final Map<Long, MemberEntity> members = new HashMap<>();
    private final Map<Long, List<MemberIdentityEntity>> identities = new HashMap<>();
    private final Map<Long, Map<Long, Pair>> pairs = new TreeMap<>();

    private static final class Pair {
        final long first;
        final long second;
        double score;
        final Map<String, Double> reasons = new LinkedHashMap<>();

        Pair(long first, long second) {
            this.first = first;
            this.second = second;
        }
    }

    DuplicateFinder(EntityManager em, PersonLookup people) {
        this.em = em;
        this.people = people;
    }

    List<DuplicateMembers> find(int limit) {
        em.createQuery("SELECT m FROM CommunityMember m WHERE m.mergedInto IS NULL", MemberEntity.class)
                .getResultStream().forEach(m -> members.put(m.getId(), m));
        em.createQuery("SELECT i FROM CommunityIdentity i", MemberIdentityEntity.class).getResultStream()
                .filter(i -> members.containsKey(i.getMemberId()))
                .forEach(i -> identities.computeIfAbsent(i.getMemberId(), id -> new ArrayList<>()).add(i));
        sameContact();
        contactIdentities();
        sameNameAndOrganization();
        sameHandle();
        List<Pair> found = pairs.values().stream().flatMap(m -> m.values().stream())
                .sorted(Comparator.comparingDouble((Pair p) -> -p.score).thenComparingLong(p -> p.first)
                        .thenComparingLong(p -> p.second))
                .limit(limit).toList();
        List<MemberEntity> rows = found.stream().flatMap(p -> java.util.stream.Stream.of(p.first, p.second))
                .distinct().map(members::get).toList();
        Map<Long, Member> mapped = MemberMapper.toMembers(em, rows).stream()
                .collect(Collectors.toMap(Member::id, m -> m));
        return found.stream().map(p -> new DuplicateMembers(mapped.get(p.first), mapped.get(p.second), p.score,
                p.reasons.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .map(Map.Entry::getKey).toList())).toList();
    }

    private void sameContact() {
        Map<Long, List<Long>> byPerson = new HashMap<>();
        members.values().stream().filter(m -> m.getPersonId() != null)
                .forEach(m -> byPerson.computeIfAbsent(m.getPersonId(), p -> new ArrayList<>()).add(m.getId()));
        byPerson.forEach((person, ids) -> pairUp(ids, 0.95, "both linked to contact #" + person));
    }

    private void contactIdentities() {
        if (people == null) {
            return;
        }
        Map<String, Map<String, List<MemberIdentityEntity>>> byNetwork = new HashMap<>();
        identities.values().stream().flatMap(List::stream).forEach(i -> byNetwork
                .computeIfAbsent(i.getNetwork(), n -> new HashMap<>())
                .computeIfAbsent(PersonLookup.handleKey(i.getHandle()), h -> new ArrayList<>()).add(i));
        Map<Long, List<MemberIdentityEntity>> byContact = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        byNetwork.forEach((network, handles) -> {
            Map<String, PersonRef> found = network.equals("email") ? people.byEmails(handles.keySet())
                    : people.byHandles(network, handles.keySet());
            found.forEach((key, person) -> {
                names.put(person.id(), person.displayName());
                byContact.computeIfAbsent(person.id(), p -> new ArrayList<>()).addAll(handles.get(key));
            });
        });
        byContact.forEach((person, found) -> {
            Map<Long, MemberIdentityEntity> oneEach = new LinkedHashMap<>();
            found.forEach(i -> oneEach.putIfAbsent(i.getMemberId(), i));
            if (oneEach.size() > 1 && oneEach.size() <= MAX_GROUP) {
                List<MemberIdentityEntity> list = new ArrayList<>(oneEach.values());
                for (int a = 0; a < list.size(); a++) {
                    for (int b = a + 1; b < list.size(); b++) {
                        MemberIdentityEntity x = list.get(a);
                        MemberIdentityEntity y = list.get(b);
                        add(x.getMemberId(), y.getMemberId(), 0.9, x.getHandle() + " on " + x.getNetwork() + " and "
                                + y.getHandle() + " on " + y.getNetwork() + " are both of contact "
                                + names.get(person));
                    }
                }
            }
        });
    }

    private void sameNameAndOrganization() {
        Map<String, List<Long>> byName = new HashMap<>();
        for (MemberEntity m : members.values()) {
            byName.computeIfAbsent(m.getNameKey() + '\u0000' + m.getOrganization().toLowerCase(java.util.Locale.ROOT),
                    k -> new ArrayList<>()).add(m.getId());
        }
        byName.forEach((key, ids) -> {
            String organization = key.substring(key.indexOf('\u0000') + 1);
            MemberEntity any = members.get(ids.get(0));
            if (!organization.isEmpty()) {
                pairUp(ids, 0.7, "same name and organization (" + any.getOrganization() + ")");
            } else if (any.getNameKey().trim().contains(" ")) {
                pairUp(ids, 0.5, "same name " + any.getDisplayName());
            }
        });
    }

    private void sameHandle() {
        Map<String, List<MemberIdentityEntity>> byHandle = new HashMap<>();
        identities.values().stream().flatMap(List::stream).filter(i -> !i.getNetwork().equals("email"))
                .forEach(i -> byHandle.computeIfAbsent(shortHandle(i.getHandle()), h -> new ArrayList<>()).add(i));
        byHandle.forEach((handle, found) -> {
            if (handle.length() < 3 || found.size() > MAX_GROUP) {
                return;
            }
            for (int a = 0; a < found.size(); a++) {
                for (int b = a + 1; b < found.size(); b++) {
                    MemberIdentityEntity x = found.get(a);
                    MemberIdentityEntity y = found.get(b);
                    if (x.getMemberId() != y.getMemberId() && !x.getNetwork().equals(y.getNetwork())) {
                        add(x.getMemberId(), y.getMemberId(), 0.6, "same handle " + handle + " on " + x.getNetwork()
                                + " and " + y.getNetwork());
                    }
                }
            }
        });
    }

    /** The user part of a handle: {@code ada} of {@code ada@fosstodon.example} and {@code ada.bsky.social}. */
    static String shortHandle(String handle) {
        int at = handle.indexOf('@');
        String user = at > 0 ? handle.substring(0, at) : handle;
        return user.endsWith(".bsky.social") ? user.substring(0, user.length() - ".bsky.social".length()) : user;
    }

    private void pairUp(List<Long> ids, double score, String reason) {
        if (ids.size() < 2 || ids.size() > MAX_GROUP) {
            return;
        }
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                add(ids.get(a), ids.get(b), score, reason);
            }
        }
    }

    private void add(long x, long y, double score, String reason) {
        long first = Math.min(x, y);
        long second = Math.max(x, y);
        Pair pair = pairs.computeIfAbsent(first, f -> new TreeMap<>()).computeIfAbsent(second,
                s -> new Pair(first, second));
        pair.reasons.merge(reason, score, Math::max);
        pair.score = Math.max(pair.score, score);
    }
}
