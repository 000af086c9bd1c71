package org.rapport.community.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.rapport.community.AmbassadorReason;
import org.rapport.community.CommunityTopics;
import org.rapport.community.ContactSuggestion;
import org.rapport.community.DuplicateMembers;
import org.rapport.community.Identity;
import org.rapport.community.Member;
import org.rapport.community.MemberMerge;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberService;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.community.internal.model.MemberIdentityEntity;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;

/** The members, stored in the community unit; duplicates and merges are {@link MemberMerges}' work. */
@Component(service = MemberService.class)
public class JpaMemberService implements MemberService {

    private final CommunityUnit unit;
    private final CommunityEvents events;
    private final ActivityRecorder recorder;
    private final Clock clock;
    private final MemberMerges merges;
    private volatile PersonLookup people;

    @Activate
    public JpaMemberService(@Reference CommunityUnit unit, @Reference CommunityEvents events,
            @Reference ActivityRecorder recorder) {
        this(unit, events, recorder, Clock.systemUTC());
    }

    /** For tests: a fixed clock. */
    JpaMemberService(CommunityUnit unit, CommunityEvents events, ActivityRecorder recorder, Clock clock) {
        this.unit = unit;
        this.events = events;
        this.recorder = recorder;
        this.clock = clock;
        this.merges = new MemberMerges(unit, clock);
    }

    /** Binds the contacts' person lookup (contact suggestions, dedupe by contact). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setPersonLookup(PersonLookup lookup) {
        people = lookup;
    }

    /** Unbinds it. */
    public void unsetPersonLookup(PersonLookup lookup) {
        if (people == lookup) {
            people = null;
        }
    }

    @Override
    public Optional<Member> member(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(MemberEntity.class, id))
                .map(row -> MemberMapper.toMember(em, row)));
    }

    @Override
    public List<Member> members(MemberQuery query, int offset, int limit) {
        return unit.read(em -> MemberMapper.toMembers(em, MemberQueries.list(em, query, MemberEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList()));
    }

    @Override
    public List<Member> members(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> {
            Map<Long, MemberEntity> rows = new HashMap<>();
            Chunks.query(Set.copyOf(ids), 500, part -> em.createQuery(
                    "SELECT m FROM CommunityMember m WHERE m.id IN :ids", MemberEntity.class)
                    .setParameter("ids", part).getResultList()).forEach(row -> rows.put(row.getId(), row));
            return MemberMapper.toMembers(em, ids.stream().distinct().map(rows::get)
                    .filter(java.util.Objects::nonNull).toList());
        });
    }

    @Override
    public int count(MemberQuery query) {
        return (int) (long) unit.read(em -> MemberQueries.count(em, query));
    }

    @Override
    public Optional<Member> byIdentity(String network, String handle) {
        Identity key = Identity.of(network, handle, "", false, "");
        return unit.read(em -> identityRow(em, key.network(), key.handle())
                .map(identity -> em.find(MemberEntity.class, identity.getMemberId()))
                .map(row -> MemberMapper.toMember(em, row)));
    }

    static Optional<MemberIdentityEntity> identityRow(EntityManager em, String network, String handle) {
        return em.createQuery("SELECT i FROM CommunityIdentity i WHERE i.network = :n AND i.handle = :h",
                MemberIdentityEntity.class).setParameter("n", network).setParameter("h", handle).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Member> byPerson(long personId) {
        return unit.read(em -> em.createQuery("SELECT m FROM CommunityMember m WHERE m.personId = :p"
                + " AND m.mergedInto IS NULL ORDER BY m.id", MemberEntity.class).setParameter("p", personId)
                .setMaxResults(1).getResultStream().findFirst().map(row -> MemberMapper.toMember(em, row)));
    }

    @Override
    public Member save(Member member) {
        if (member.displayName().isBlank()) {
            throw new IllegalArgumentException("a member needs a name");
        }
        boolean[] teamChanged = { false };
        Member saved = unit.write(em -> {
            MemberEntity row;
            if (member.id() == 0) {
                row = new MemberEntity();
                row.setPersonId(member.personId());
                details(row, member);
                em.persist(row);
                em.flush();
                for (Identity identity : member.identities()) {
                    addIdentity(em, row.getId(), identity);
                }
            } else {
                row = existing(em, member.id());
                if (row.getVersion() != member.revision().version()) {
                    throw new ConcurrentModificationException(
                            "member " + member.displayName() + " was changed by someone else; reopen it");
                }
                teamChanged[0] = row.isTeam() != member.team();
                details(row, member);
            }
            em.flush();
            return MemberMapper.toMember(em, row);
        });
        changed(saved);
        if (teamChanged[0]) {
            recorder.membersChanged(List.of(saved.id()));
        }
        return saved;
    }

    private static void details(MemberEntity row, Member member) {
        row.setDisplayName(member.displayName());
        row.setOrganization(member.organization());
        row.setTags(member.tags());
        row.setTeam(member.team());
    }

    /** Adds an identity in the caller's transaction; one already on this member is updated, not added. */
    static MemberIdentityEntity addIdentity(EntityManager em, long memberId, Identity identity) {
        Optional<MemberIdentityEntity> existing = identityRow(em, identity.network(), identity.handle());
        if (existing.isPresent()) {
            if (existing.get().getMemberId() != memberId) {
                throw new IllegalArgumentException(identity.key() + " belongs to another member");
            }
            if (identity.verified()) {
                existing.get().setVerified(true);
            }
            return existing.get();
        }
        MemberIdentityEntity row = new MemberIdentityEntity(memberId, identity.network(), identity.handle());
        row.setDisplayName(identity.displayName());
        row.setVerified(identity.verified());
        row.setSource(identity.source());
        em.persist(row);
        return row;
    }

    static MemberEntity existing(EntityManager em, long memberId) {
        MemberEntity row = em.find(MemberEntity.class, memberId);
        if (row == null) {
            throw new IllegalArgumentException("no member " + memberId);
        }
        return row;
    }

    @Override
    public Member addIdentity(long memberId, Identity identity) {
        Member saved = unit.write(em -> {
            MemberEntity row = existing(em, memberId);
            addIdentity(em, memberId, identity);
            em.flush();
            return MemberMapper.toMember(em, row);
        });
        changed(saved);
        return saved;
    }

    @Override
    public Member removeIdentity(long memberId, long identityId) {
        Member saved = unit.write(em -> {
            MemberEntity row = existing(em, memberId);
            MemberIdentityEntity identity = em.find(MemberIdentityEntity.class, identityId);
            if (identity != null && identity.getMemberId() == memberId) {
                em.remove(identity);
            }
            em.flush();
            return MemberMapper.toMember(em, row);
        });
        changed(saved);
        return saved;
    }

    @Override
    public List<ContactSuggestion> contactSuggestions(long memberId) {
        PersonLookup lookup = people;
        Optional<Member> member = member(memberId);
        if (lookup == null || member.isEmpty() || member.get().personId() != null) {
            return List.of();
        }
        Map<Long, ContactSuggestion> found = new LinkedHashMap<>();
        for (Identity identity : member.get().identities()) {
            boolean email = identity.network().equals("email");
            Optional<PersonRef> person = email ? lookup.byEmail(identity.handle())
                    : lookup.byHandle(identity.network(), identity.handle());
            person.ifPresent(p -> found.putIfAbsent(p.id(), new ContactSuggestion(memberId, p,
                    email ? "same email " + identity.handle()
                            : "same " + identity.network() + " handle " + identity.handle())));
        }
        return new ArrayList<>(found.values());
    }

    @Override
    public Member linkContact(long memberId, long personId) {
        Long[] before = new Long[1];
        Member saved = unit.write(em -> {
            MemberEntity row = existing(em, memberId);
            before[0] = row.getPersonId();
            row.setPersonId(personId);
            em.flush();
            return MemberMapper.toMember(em, row);
        });
        events.changed(CommunityTopics.MEMBERS_CHANGED, List.of(memberId),
                before[0] == null ? List.of(personId) : List.of(personId, before[0]));
        return saved;
    }

    @Override
    public Member unlinkContact(long memberId) {
        Long[] before = new Long[1];
        Member saved = unit.write(em -> {
            MemberEntity row = existing(em, memberId);
            before[0] = row.getPersonId();
            row.setPersonId(null);
            em.flush();
            return MemberMapper.toMember(em, row);
        });
        events.changed(CommunityTopics.MEMBERS_CHANGED, List.of(memberId),
                before[0] == null ? List.of() : List.of(before[0]));
        return saved;
    }

    @Override
    public Member flagAmbassador(long memberId, AmbassadorReason reason) {
        boolean[] flagged = { false };
        Member saved = unit.write(em -> {
            MemberEntity row = existing(em, memberId);
            if (row.getAmbassador() == null) {
                row.setAmbassador(reason, clock.instant());
                flagged[0] = true;
                em.flush();
            }
            return MemberMapper.toMember(em, row);
        });
        if (flagged[0]) {
            changed(saved);
            Map<String, Object> properties = new HashMap<>();
            properties.put(CommunityTopics.MEMBER_ID, saved.id());
            properties.put(CommunityTopics.REASON, reason.name());
            if (saved.personId() != null) {
                properties.put(CommunityTopics.PERSON_ID, saved.personId());
            }
            events.post(new Event(CommunityTopics.AMBASSADOR_FLAGGED, properties));
        }
        return saved;
    }

    @Override
    public Member clearAmbassador(long memberId) {
        Member saved = unit.write(em -> {
            MemberEntity row = existing(em, memberId);
            row.setAmbassador(null, null);
            em.flush();
            return MemberMapper.toMember(em, row);
        });
        changed(saved);
        return saved;
    }

    @Override
    public List<DuplicateMembers> duplicates(int limit) {
        return merges.duplicates(people, limit);
    }

    @Override
    public MemberMerge merge(long survivorId, long mergedId) {
        MemberMerges.Outcome outcome = merges.merge(survivorId, mergedId);
        afterMerge(outcome);
        return outcome.merge();
    }

    @Override
    public List<Member> unmerge(long mergeId) {
        MemberMerges.Outcome outcome = merges.unmerge(mergeId);
        afterMerge(outcome);
        return outcome.members();
    }

    private void afterMerge(MemberMerges.Outcome outcome) {
        List<Long> ids = outcome.members().stream().map(Member::id).toList();
        events.changed(CommunityTopics.MEMBERS_CHANGED, ids, outcome.members().stream().map(Member::personId)
                .filter(java.util.Objects::nonNull).toList());
        recorder.membersChanged(Set.copyOf(ids));
    }

    @Override
    public List<MemberMerge> mergesOf(long memberId) {
        return merges.mergesOf(memberId);
    }

    private void changed(Member member) {
        events.changed(CommunityTopics.MEMBERS_CHANGED, List.of(member.id()),
                member.personId() == null ? List.of() : List.of(member.personId()));
    }
}
