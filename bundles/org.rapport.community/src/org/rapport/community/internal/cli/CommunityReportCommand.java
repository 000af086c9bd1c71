package org.rapport.community.internal.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.ActiveMember;
import org.rapport.community.ActivityQuery;
import org.rapport.community.ActivityService;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberService;
import org.rapport.community.Pillar;
import org.rapport.community.ScoreService;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/**
 * {@code community report}: the community at a glance: members (staff, ambassadors, linked contacts), members per
 * orbit level and the gravity of the last months, this month's activity per pillar, and the most active members of
 * this month (UTC months).
 */
@Component(service = CliCommand.class)
public class CommunityReportCommand implements CliCommand {

    static final int MOST_ACTIVE = 10;
    static final int GRAVITY_MONTHS = 6;

    private final MemberService members;
    private final ActivityService activities;
    private final ScoreService scores;
    private final Clock clock;

    @Activate
    public CommunityReportCommand(@Reference MemberService members, @Reference ActivityService activities,
            @Reference ScoreService scores) {
        this(members, activities, scores, Clock.systemUTC());
    }

    CommunityReportCommand(MemberService members, ActivityService activities, ScoreService scores, Clock clock) {
        this.members = members;
        this.activities = activities;
        this.scores = scores;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "community report";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "members per orbit level, community gravity by month, this month's activity and most active members";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        PrintStream out = context.out();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant monthEnd = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        out.println("Community report, " + today);
        out.printf(Locale.ROOT, "members %,d (staff %,d, ambassadors %,d, linked to contacts %,d)%n",
                members.count(MemberQuery.ALL),
                members.count(new MemberQuery("", "", true, false, null, null)),
                members.count(new MemberQuery("", "", null, true, null, null)),
                members.count(new MemberQuery("", "", null, false, true, null)));
        ScoreReport.levelsAndGravity(scores, out, GRAVITY_MONTHS);
        ActivityQuery month = ActivityQuery.ALL.between(monthStart, monthEnd);
        StringBuilder pillars = new StringBuilder();
        for (Pillar pillar : Pillar.values()) {
            pillars.append(pillars.isEmpty() ? "" : ", ").append(pillar.name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", activities.count(new ActivityQuery(null, pillar, "", "",
                            null, monthStart, monthEnd))));
        }
        out.printf(Locale.ROOT, "activities %s: %,d (%s)%n", today.toString().substring(0, 7),
                activities.count(month), pillars);
        out.println("most active this month:");
        List<ActiveMember> active = activities.mostActive(monthStart, monthEnd, MOST_ACTIVE);
        int rank = 1;
        for (ActiveMember member : active) {
            out.printf(Locale.ROOT, "%3d. %-40s %,6d activities%n", rank++, member.displayName(), member.activities());
        }
        if (active.isEmpty()) {
            out.println("  (no activity yet this month)");
        }
        return ExitCode.OK;
    }
}
