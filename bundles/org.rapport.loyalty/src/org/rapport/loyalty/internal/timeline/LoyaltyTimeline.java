package org.rapport.loyalty.internal.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.ObjectLink;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.ProgramEntity;
import org.rapport.loyalty.internal.model.TierChangeEntity;

/**
 * Puts a contact's loyalty history into their timeline: points earned, bonuses, redemptions, expiries, refunds,
 * adjustments (with their reasons) and tier changes, in every program they are a member of. An entry is dated on its
 * business day (at noon), or at the moment it was written when that was on the same day.
 */
@Component(service = TimelineContributor.class)
public class LoyaltyTimeline implements TimelineContributor {

    static final String BUNDLE = "org.rapport.loyalty";
    /** Link type of a ledger entry, for {@link ObjectLink}. */
    public static final String ENTRY = "loyalty.entry";
    /** Link type of a membership (program id and person id as {@code programId:personId}). */
    public static final String MEMBER = "loyalty.member";

    private final LoyaltyUnit unit;
    private final ZoneId zone;

    @Activate
    public LoyaltyTimeline(@Reference LoyaltyUnit unit) {
        this(unit, ZoneId.systemDefault());
    }

    LoyaltyTimeline(LoyaltyUnit unit, ZoneId zone) {
        this.unit = unit;
        this.zone = zone;
    }

    @Override
    public String sourceName() {
        return "Loyalty";
    }

    @Override
    public List<TimelineEntry> entries(TimelineQuery query) {
        LocalDate lastDay = query.to().equals(Instant.MAX) ? LocalDate.MAX : LocalDate.ofInstant(query.to(), zone);
        List<TimelineEntry> entries = unit.read(em -> {
            Map<Long, String> programs = new HashMap<>();
            em.createQuery("SELECT p FROM LoyaltyProgram p", ProgramEntity.class).getResultList()
                    .forEach(p -> programs.put(p.getId(), p.getName()));
            List<TimelineEntry> all = new ArrayList<>();
            List<LedgerEntryEntity> ledger = em.createQuery("SELECT e FROM LoyaltyEntry e, LoyaltyMember m"
                    + " WHERE e.memberId = m.id AND m.personId = :person AND e.day <= :last ORDER BY e.day DESC, e.id DESC",
                    LedgerEntryEntity.class).setParameter("person", query.personId())
                    .setParameter("last", lastDay.equals(LocalDate.MAX) ? LocalDate.of(9999, 12, 31) : lastDay)
                    .setMaxResults(query.limit()).getResultList();
            for (LedgerEntryEntity e : ledger) {
                all.add(entry(e, programs.getOrDefault(e.getProgramId(), "a program")));
            }
            List<TierChangeEntity> changes = em.createQuery("SELECT c FROM LoyaltyTierChange c WHERE c.personId = :person"
                    + " ORDER BY c.changedAt DESC", TierChangeEntity.class).setParameter("person", query.personId())
                    .setMaxResults(query.limit()).getResultList();
            for (TierChangeEntity c : changes) {
                all.add(tierChange(c, programs.getOrDefault(c.getProgramId(), "a program")));
            }
            return all;
        });
        return entries.stream().filter(e -> query.covers(e.when()))
                .sorted(Comparator.comparing(TimelineEntry::when).reversed()).limit(query.limit()).toList();
    }

    private TimelineEntry entry(LedgerEntryEntity e, String program) {
        long points = Math.abs(e.getPoints());
        String title = switch (e.getType()) {
            case EARN -> "Earned " + points(points) + " in " + program;
            case BONUS -> "Bonus of " + points(points) + " in " + program;
            case REDEEM -> "Redeemed " + points(points) + " in " + program;
            case EXPIRE -> points(points) + " expired in " + program;
            case CANCEL -> points(points) + " cancelled by a refund in " + program;
            case ADJUST -> (e.getPoints() >= 0 ? "Credited " : "Debited ") + points(points) + " by hand in " + program;
        };
        StringBuilder detail = new StringBuilder(e.getReason() == null ? "" : e.getReason());
        if (e.getType() == EntryType.EARN && e.getAvailableFrom() != null && e.getAvailableFrom().isAfter(e.getDay())) {
            detail.append(detail.isEmpty() ? "" : ". ").append("Available from ").append(e.getAvailableFrom());
        }
        if (e.getType().credits() && e.getExpiresOn() != null && e.getExpiresOn().getYear() < 9999) {
            detail.append(detail.isEmpty() ? "" : ". ").append("Expires after ").append(e.getExpiresOn());
        }
        if (e.getType() == EntryType.ADJUST && e.getUser() != null) {
            detail.append(detail.isEmpty() ? "" : ". ").append("By ").append(e.getUser());
        }
        return new TimelineEntry(when(e.getDay(), e.getCreatedAt()), "loyalty-" + e.getType().name().toLowerCase(
                java.util.Locale.ROOT), title, detail.toString(), BUNDLE, new ObjectLink(ENTRY, Long.toString(e.getId())));
    }

    private TimelineEntry tierChange(TierChangeEntity c, String program) {
        // a second after noon: on a day's list the change comes after the entry that caused it
        return new TimelineEntry(when(c.getDay(), c.getChangedAt()).plusSeconds(1), "loyalty-tier", "Moved from " + c.getFromTier()
                + " to " + c.getToTier() + " in " + program, "", BUNDLE,
                new ObjectLink(MEMBER, c.getProgramId() + ":" + c.getPersonId()));
    }

    private Instant when(LocalDate day, Instant written) {
        if (written != null && LocalDate.ofInstant(written, zone).equals(day)) {
            return written;
        }
        return day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    private static String points(long points) {
        return points == 1 ? "1 point" : points + " points";
    }
}
