package org.rapport.loyalty.internal;

import java.util.List;

import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.Member;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.Reward;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.MemberEntity;
import org.rapport.loyalty.internal.model.ProgramEntity;
import org.rapport.loyalty.internal.model.RewardEntity;
import org.rapport.loyalty.internal.model.TierEntity;

/** Turns the loyalty entities into the API's records. */
public final class LoyaltyMapper {

    private LoyaltyMapper() {
    }

    public static Program program(ProgramEntity program, List<TierEntity> tiersByRank) {
        List<Tier> tiers = tiersByRank.stream().map(t -> new Tier(t.getName(), t.getThreshold(), t.getMultiplier()))
                .toList();
        return new Program(program.getId(), program.getName(), program.getCurrency(),
                program.getPointsPerUnit().stripTrailingZeros(), program.getPendingDays(), program.getExpiryMonths(),
                program.getPointValue().stripTrailingZeros(), tiers, program.revision());
    }

    public static Reward reward(RewardEntity reward) {
        return new Reward(reward.getId(), reward.getProgramId(), reward.getCode(), reward.getName(), reward.getPoints(),
                reward.getStock(), reward.getValidFrom(), reward.getValidTo());
    }

    public static Member member(MemberEntity member, Program program) {
        return new Member(member.getId(), member.getProgramId(), member.getPersonId(), member.getEnrolledOn(),
                program.tiers().get(member.getTierRank()).name(), member.getTierSince());
    }

    public static LedgerEntry entry(LedgerEntryEntity entry, long personId) {
        return new LedgerEntry(entry.getId(), entry.getProgramId(), personId, entry.getType(), entry.getPoints(),
                entry.getDay(), entry.getAvailableFrom(), entry.getExpiresOn(), entry.getReason(), entry.getReference(),
                entry.getAmount(), entry.getUser(), entry.getCreatedAt());
    }
}
