package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Member;
import org.rapport.loyalty.MemberRow;
import org.rapport.loyalty.Page;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Reward;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.loyalty.internal.model.MemberEntity;
import org.rapport.loyalty.internal.model.ProgramEntity;
import org.rapport.loyalty.internal.model.RewardEntity;
import org.rapport.loyalty.internal.model.TierEntity;

/** Programs, rewards and members in the loyalty unit. */
@Component(service = ProgramService.class)
public class JpaProgramService implements ProgramService {

    private final LoyaltyUnit unit;
    private final LoyaltyEvents events;

    @Activate
    public JpaProgramService(@Reference LoyaltyUnit unit, @Reference LoyaltyEvents events) {
        this.unit = unit;
        this.events = events;
    }

    @Override
    public Program create(ProgramDraft draft) {
        List<Tier> tiers = checked(draft);
        Program created = unit.write(em -> {
            if (named(em, draft.name()).isPresent()) {
                throw new LoyaltyException("a program named '" + draft.name().trim() + "' exists already");
            }
            ProgramEntity program = new ProgramEntity(draft.name().trim(), draft.currency().toUpperCase(Locale.ROOT),
                    draft.pointsPerUnit(), draft.pendingDays(), draft.expiryMonths(),
                    draft.pointValue() == null ? ProgramDraft.DEFAULT_POINT_VALUE : draft.pointValue());
            em.persist(program);
            em.flush();
            List<TierEntity> rows = new ArrayList<>();
            for (int rank = 0; rank < tiers.size(); rank++) {
                Tier tier = tiers.get(rank);
                TierEntity row = new TierEntity(program.getId(), rank, tier.name(), tier.threshold(), tier.multiplier());
                em.persist(row);
                rows.add(row);
            }
            return LoyaltyMapper.program(program, rows);
        });
        events.programsChanged(created.id());
        return created;
    }

    /** The tiers from the base up, or a {@link LoyaltyException} naming every invalid value. */
    private static List<Tier> checked(ProgramDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.name().isBlank() || draft.name().trim().length() > 100) {
            problems.add("a program needs a name of 1 to 100 characters");
        }
        if (draft.currency() == null || !draft.currency().matches("[A-Za-z]{3}")) {
            problems.add("the currency must be a three-letter code such as EUR, not '" + draft.currency() + "'");
        }
        if (draft.pointsPerUnit() == null || draft.pointsPerUnit().signum() <= 0) {
            problems.add("points per unit must be positive");
        }
        if (draft.pendingDays() < 0) {
            problems.add("pending days cannot be negative");
        }
        if (draft.expiryMonths() < 0) {
            problems.add("expiry months cannot be negative (0: points never expire)");
        }
        if (draft.pointValue() != null && draft.pointValue().signum() < 0) {
            problems.add("the point value cannot be negative");
        }
        String base = draft.baseTierName() == null || draft.baseTierName().isBlank() ? ProgramDraft.DEFAULT_BASE_TIER
                : draft.baseTierName().trim();
        List<Tier> tiers = new ArrayList<>();
        tiers.add(new Tier(base, 0, BigDecimal.ONE));
        Set<String> names = new HashSet<>(Set.of(base.toLowerCase(Locale.ROOT)));
        Set<Long> thresholds = new HashSet<>();
        for (Tier tier : draft.tiers().stream().sorted(Comparator.comparingLong(Tier::threshold)).toList()) {
            if (!names.add(tier.name().trim().toLowerCase(Locale.ROOT))) {
                problems.add("tier name '" + tier.name() + "' is used twice");
            }
            if (tier.threshold() <= 0 || !thresholds.add(tier.threshold())) {
                problems.add("tier " + tier.name() + " needs a positive threshold no other tier has");
            }
            tiers.add(new Tier(tier.name().trim(), tier.threshold(), tier.multiplier()));
        }
        if (!problems.isEmpty()) {
            throw new LoyaltyException(String.join("; ", problems));
        }
        return tiers;
    }

    @Override
    public List<Program> programs() {
        return unit.read(em -> em.createQuery("SELECT p FROM LoyaltyProgram p ORDER BY p.nameKey", ProgramEntity.class)
                .getResultList().stream().map(p -> LoyaltyMapper.program(p, Programs.tiers(em, p.getId()))).toList());
    }

    @Override
    public Optional<Program> program(long id) {
        return unit.read(em -> {
            ProgramEntity program = em.find(ProgramEntity.class, id);
            return Optional.ofNullable(program).map(p -> LoyaltyMapper.program(p, Programs.tiers(em, id)));
        });
    }

    @Override
    public Optional<Program> programNamed(String name) {
        return unit.read(em -> named(em, name).map(p -> LoyaltyMapper.program(p, Programs.tiers(em, p.getId()))));
    }

    private static Optional<ProgramEntity> named(EntityManager em, String name) {
        return em.createQuery("SELECT p FROM LoyaltyProgram p WHERE p.nameKey = :k", ProgramEntity.class)
                .setParameter("k", name.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Reward addReward(long programId, RewardDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.code() == null || !draft.code().matches("[A-Za-z0-9_-]{1,40}")) {
            problems.add("a reward code is 1 to 40 letters, digits, '-' or '_', not '" + draft.code() + "'");
        }
        if (draft.points() <= 0) {
            problems.add("a reward costs a positive number of points");
        }
        if (draft.stock() != null && draft.stock() < 0) {
            problems.add("the stock cannot be negative");
        }
        if (draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            problems.add("the reward's validity ends before it begins");
        }
        if (!problems.isEmpty()) {
            throw new LoyaltyException(String.join("; ", problems));
        }
        Reward added = unit.write(em -> {
            Programs.load(em, programId);
            if (rewardRow(em, programId, draft.code()).isPresent()) {
                throw new LoyaltyException("reward code " + draft.code() + " is taken in this program");
            }
            String name = draft.name() == null || draft.name().isBlank() ? draft.code() : draft.name().trim();
            RewardEntity reward = new RewardEntity(programId, draft.code(), name, draft.points(), draft.stock(),
                    draft.validFrom(), draft.validTo());
            em.persist(reward);
            return LoyaltyMapper.reward(reward);
        });
        events.programsChanged(programId);
        return added;
    }

    public static Optional<RewardEntity> rewardRow(EntityManager em, long programId, String code) {
        return em.createQuery("SELECT r FROM LoyaltyReward r WHERE r.programId = :p AND r.codeKey = :c", RewardEntity.class)
                .setParameter("p", programId).setParameter("c", code.toUpperCase(Locale.ROOT)).getResultStream()
                .findFirst();
    }

    @Override
    public List<Reward> rewards(long programId) {
        return unit.read(em -> em.createQuery(
                "SELECT r FROM LoyaltyReward r WHERE r.programId = :p ORDER BY r.points, r.codeKey", RewardEntity.class)
                .setParameter("p", programId).getResultList().stream().map(LoyaltyMapper::reward).toList());
    }

    @Override
    public Optional<Reward> reward(long programId, String code) {
        return unit.read(em -> rewardRow(em, programId, code).map(LoyaltyMapper::reward));
    }

    @Override
    public Member enroll(long programId, long personId, LocalDate day) {
        boolean[] created = { false };
        Member member = unit.write(em -> {
            Program program = Programs.load(em, programId);
            MemberEntity row = Programs.findMember(em, programId, personId);
            if (row == null) {
                row = new MemberEntity(programId, personId, day);
                em.persist(row);
                created[0] = true;
            }
            return LoyaltyMapper.member(row, program);
        });
        if (created[0]) {
            events.membersChanged(programId, List.of(personId));
        }
        return member;
    }

    @Override
    public Optional<Member> member(long programId, long personId) {
        return unit.read(em -> {
            MemberEntity row = Programs.findMember(em, programId, personId);
            return row == null ? Optional.<Member>empty() : Optional.of(LoyaltyMapper.member(row, Programs.load(em, programId)));
        });
    }

    @Override
    public List<Member> memberships(long personId) {
        return unit.read(em -> em.createQuery("SELECT m FROM LoyaltyMember m WHERE m.personId = :p ORDER BY m.programId",
                MemberEntity.class).setParameter("p", personId).getResultList().stream()
                .map(m -> LoyaltyMapper.member(m, Programs.load(em, m.getProgramId()))).toList());
    }

    @Override
    public Page<MemberRow> members(long programId, LocalDate day, int offset, int limit) {
        return unit.read(em -> {
            Program program = Programs.load(em, programId);
            List<MemberEntity> rows = em.createQuery(
                    "SELECT m FROM LoyaltyMember m WHERE m.programId = :p ORDER BY m.personId", MemberEntity.class)
                    .setParameter("p", programId).setFirstResult(offset).setMaxResults(limit).getResultList();
            Map<Long, long[]> points = new HashMap<>();
            if (!rows.isEmpty()) {
                for (LotEntity lot : em.createQuery("SELECT l FROM LoyaltyLot l WHERE l.memberId IN :ids AND l.remaining > 0",
                        LotEntity.class).setParameter("ids", rows.stream().map(MemberEntity::getId).toList()).getResultList()) {
                    long[] sums = points.computeIfAbsent(lot.getMemberId(), id -> new long[2]);
                    if (lot.availableOn(day)) {
                        sums[0] += lot.getRemaining();
                    } else if (lot.pendingOn(day)) {
                        sums[1] += lot.getRemaining();
                    }
                }
            }
            List<MemberRow> page = rows.stream().map(m -> {
                long[] sums = points.getOrDefault(m.getId(), new long[2]);
                return new MemberRow(LoyaltyMapper.member(m, program), sums[0], sums[1]);
            }).toList();
            return new Page<>(page, offset, count(em, programId));
        });
    }

    @Override
    public long memberCount(long programId) {
        return unit.read(em -> count(em, programId));
    }

    private static long count(EntityManager em, long programId) {
        return em.createQuery("SELECT COUNT(m) FROM LoyaltyMember m WHERE m.programId = :p", Long.class)
                .setParameter("p", programId).getSingleResult();
    }
}
