package org.rapport.pipeline.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.persistence.access.Audited;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.campaigns.Campaign;
import org.rapport.pipeline.campaigns.CampaignResponse;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseStatus;
import org.rapport.pipeline.cases.SupportCase;

/**
 * A believable pipeline over the demo contacts (loads after them: after()): campaigns aimed at two segments with
 * responses, about 160 deals with back-dated stage histories (won, lost, open), calls, meetings and tasks around them
 * (some for the current user, so "My day" is not empty), and cases in every state. Fixed seed: the same every time.
 */
@Component(service = DemoDataProvider.class)
public class PipelineDemoData implements DemoDataProvider {

    private static final String[] PRODUCTS = { "Annual licence", "Team rollout", "Loyalty programme setup", "Store fit-out",
            "Consulting package", "Support contract", "Fleet upgrade", "Event sponsorship", "Training days", "Pilot project" };
    private static final String[] LOST_REASONS = { "Price too high", "Chose a competitor", "No budget this year",
            "Project postponed", "No decision maker reached" };
    private static final String[] NEXT_STEPS = { "Send revised proposal", "Call to confirm budget", "Demo for the team",
            "Meet the CFO", "Wait for board decision", "Send contract draft", "" };
    private static final String[] CASE_SUBJECTS = { "Late delivery", "Invoice shows wrong amount", "Damaged item received",
            "Cannot log in to the portal", "Loyalty points missing", "Rude answer at the hotline", "Refund not received" };
    private static final String[] CATEGORIES = { "Delivery", "Billing", "Product quality", "Account", "Loyalty", "Service" };

    /** The most people the demo deals, campaigns and cases are spread over. */
    static final int PEOPLE = 500;

    private final ContactService contacts;
    private final SegmentService segments;
    private final PipelineUnit unit;
    private final PipelineEvents events;
    private final JpaPipelineService pipelines;

    @Activate
    public PipelineDemoData(@Reference ContactService contacts, @Reference SegmentService segments,
            @Reference PipelineUnit unit, @Reference PipelineEvents events) {
        this.contacts = contacts;
        this.segments = segments;
        this.unit = unit;
        this.events = events;
        this.pipelines = new JpaPipelineService(unit, events);
    }

    @Override
    public String id() {
        return "pipeline";
    }

    @Override
    public Set<String> after() {
        return Set.of("contacts", "contacts.segments");
    }

    @Override
    public boolean isEmpty() {
        return unit.read(em -> em.createQuery("SELECT COUNT(o) FROM Opportunity o", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(a) FROM Activity a", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(c) FROM SupportCase c", Long.class).getSingleResult()) == 0;
    }

    @Override
    public void load(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Demo pipeline", 4);
        // the first people by name are enough for ~160 deals; a workspace of a million contacts is not read whole
        List<PersonRow> people = contacts.page(ContactQuery.ALL, 0, PEOPLE);
        if (people.isEmpty()) {
            return;
        }
        Random random = new Random(20261124);
        ZoneId zone = ZoneId.systemDefault();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        SettableClock clock = new SettableClock(now, zone);
        String me = Audited.currentUser(unit.emf());
        // split() stops with OperationCanceledException when the user closes Rapport during its first start
        progress.split(1);
        List<Long> campaignIds = campaigns(random, people, now, zone);
        progress.split(1);
        List<Long> opportunityIds = opportunities(random, people, campaignIds, clock, now, me);
        progress.split(1);
        activities(random, people, opportunityIds, now, me);
        progress.split(1);
        cases(random, people, clock, now, me);
    }

    private List<Long> campaigns(Random random, List<PersonRow> people, Instant now, ZoneId zone) {
        JpaCampaignService service = new JpaCampaignService(unit, events);
        // the contacts' demo segments when they are there (they load before: see after()), else two of our own
        Segment vip = segment("VIPs open to marketing", "VIP customers", "rapport-segment 1\ntags any vip\n");
        Segment newsletter = segment("Young professionals on Mastodon", "Newsletter readers",
                "rapport-segment 1\ntags any newsletter\n");
        LocalDate today = LocalDate.ofInstant(now, zone);
        Object[][] plans = { { "Spring trade fair", "event", 12_000, vip, -200 },
                { "Newsletter: summer offer", "email", 1_500, newsletter, -120 },
                { "Social ads autumn", "social", 6_000, null, -70 },
                { "Renewal early-bird", "email", 800, vip, -30 } };
        List<Long> ids = new ArrayList<>();
        for (Object[] plan : plans) {
            Campaign c = new Campaign((String) plan[0], BigDecimal.valueOf((Integer) plan[2]), "EUR");
            c.setChannel((String) plan[1]);
            Segment segment = (Segment) plan[3];
            if (segment != null) {
                c.setSegment(segment.getId(), segment.getName());
            }
            c.setStartsOn(today.plusDays((Integer) plan[4]));
            c.setEndsOn(today.plusDays((Integer) plan[4] + 28));
            Campaign saved = service.save(c);
            ids.add(saved.getId());
            for (int i = 0; i < 12 + random.nextInt(12); i++) {
                PersonRow person = people.get(random.nextInt(people.size()));
                service.addResponse(new CampaignResponse(0, saved.getId(), person.toRef(),
                        saved.getStartsOn().plusDays(random.nextInt(28)), random.nextBoolean() ? "Asked for an offer" : "Visited the stand"));
            }
        }
        return ids;
    }

    private Segment segment(String existing, String name, String criteria) {
        List<Segment> all = segments.segments();
        return all.stream().filter(s -> s.getName().equals(existing)).findFirst()
                .or(() -> all.stream().filter(s -> s.getName().equals(name)).findFirst())
                .orElseGet(() -> segments.save(new Segment(name, "Created with the pipeline demo data",
                        SegmentCriteria.parse(criteria))));
    }

    private List<Long> opportunities(Random random, List<PersonRow> people, List<Long> campaigns, SettableClock clock,
            Instant now, String me) {
        JpaOpportunityService service = new JpaOpportunityService(unit, events, clock);
        List<Long> ids = new ArrayList<>();
        for (Pipeline pipeline : pipelines.pipelines()) {
            boolean renewals = pipeline.name().equals(DefaultPipelines.RENEWALS);
            List<Stage> open = pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
            int deals = renewals ? 40 : 120;
            for (int i = 0; i < deals; i++) {
                PersonRow person = people.get(random.nextInt(people.size()));
                Instant created = now.minus(Duration.ofDays(5 + random.nextInt(170)));
                clock.set(created);
                Opportunity o = new Opportunity((renewals ? "Renewal: " : "") + PRODUCTS[random.nextInt(PRODUCTS.length)]
                        + (person.organization() == null || person.organization().isEmpty() ? "" : " for " + person.organization()),
                        open.get(0).id());
                o.setPerson(person.toRef());
                o.setAmount(BigDecimal.valueOf((renewals ? 1_000 : 2_000) + random.nextInt(60) * 500L));
                o.setCurrency("EUR");
                o.setOwner(random.nextInt(4) == 0 ? me : person.owner() == null || person.owner().isEmpty() ? me : person.owner());
                o.setNextStep(NEXT_STEPS[random.nextInt(NEXT_STEPS.length)]);
                if (!renewals && random.nextInt(5) < 2) {
                    o.setSourceCampaignId(campaigns.get(random.nextInt(campaigns.size())));
                }
                if (random.nextInt(8) == 0) {
                    o.setProbabilityOverride(5 * (2 + random.nextInt(18)));
                }
                o.setExpectedClose(LocalDate.ofInstant(now, clock.getZone()).plusDays(-20 + random.nextInt(200)));
                Opportunity saved = service.save(o);
                ids.add(saved.getId());
                advance(random, service, saved, pipeline, open, clock, now);
            }
        }
        return ids;
    }

    /** Moves a deal along its pipeline with back-dated steps: some stay early, some close won or lost. */
    private static void advance(Random random, JpaOpportunityService service, Opportunity deal, Pipeline pipeline,
            List<Stage> open, SettableClock clock, Instant now) {
        int target = random.nextInt(open.size() + 2); // beyond the open stages: won or lost
        Instant at = clock.instant();
        long days = Math.max(1, Duration.between(at, now).toDays() / (target + 2));
        int version = deal.getVersion();
        for (int step = 1; step <= Math.min(target, open.size() - 1); step++) {
            at = min(at.plus(Duration.ofDays(1 + random.nextInt((int) days)).plusHours(random.nextInt(8))), now);
            clock.set(at);
            version = service.moveToStage(deal.getId(), version, open.get(step).id(), null).opportunity().getVersion();
        }
        if (target >= open.size()) {
            clock.set(min(at.plus(Duration.ofDays(1 + random.nextInt((int) days))), now));
            boolean won = random.nextInt(5) < 2;
            service.moveToStage(deal.getId(), version, won ? pipeline.wonStage().id() : pipeline.lostStage().id(),
                    won ? null : LOST_REASONS[random.nextInt(LOST_REASONS.length)]);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private void activities(Random random, List<PersonRow> people, List<Long> deals, Instant now, String me) {
        JpaActivityService service = new JpaActivityService(unit, events, Clock.systemDefaultZone());
        String[][] subjects = { { "Intro call", "Follow-up call", "Budget check call" },
                { "Kick-off meeting", "Product demo", "Contract review" }, { "Prepare proposal", "Send samples",
                        "Update price list" }, { "Sent proposal", "Answered questions", "Sent meeting notes" } };
        for (int i = 0; i < 160; i++) {
            ActivityKind kind = ActivityKind.values()[random.nextInt(4)];
            PersonRow person = people.get(random.nextInt(people.size()));
            long offsetMinutes = (random.nextInt(40) - 25) * 24L * 60 + 8 * 60 + random.nextInt(10) * 60;
            Instant due = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(offsetMinutes));
            Activity a = new Activity(kind, subjects[kind.ordinal()][random.nextInt(3)], due);
            a.setPerson(person.toRef());
            a.setOwner(i % 3 == 0 ? me : person.owner() == null || person.owner().isEmpty() ? me : person.owner());
            if (random.nextBoolean()) {
                a.setOpportunityId(deals.get(random.nextInt(deals.size())));
            }
            if (kind == ActivityKind.MEETING || kind == ActivityKind.CALL) {
                a.setDuration(Duration.ofMinutes(kind == ActivityKind.MEETING ? 60 : 15));
            }
            if (kind == ActivityKind.MEETING) {
                a.setLocation(person.city() == null ? "" : person.city());
            }
            boolean past = due.isBefore(now);
            a.setDone(past && (kind == ActivityKind.CALL || kind == ActivityKind.EMAIL || random.nextInt(4) > 0));
            if (!past && random.nextBoolean()) {
                a.setReminderAt(due.minus(Duration.ofMinutes(15)));
            }
            service.save(a);
        }
        // today's plan for the current user
        Instant today = now.truncatedTo(ChronoUnit.HOURS);
        for (int h = 1; h <= 3; h++) {
            PersonRow person = people.get(random.nextInt(people.size()));
            Activity a = new Activity(h == 2 ? ActivityKind.MEETING : ActivityKind.CALL, h == 2 ? "Product demo"
                    : "Follow-up call", today.plus(Duration.ofHours(h)));
            a.setPerson(person.toRef());
            a.setOwner(me);
            a.setDuration(Duration.ofMinutes(h == 2 ? 60 : 15));
            a.setReminderAt(a.getDue().minus(Duration.ofMinutes(10)));
            service.save(a);
        }
    }

    private void cases(Random random, List<PersonRow> people, SettableClock clock, Instant now, String me) {
        JpaCaseService service = new JpaCaseService(unit, events, clock);
        for (int i = 0; i < 30; i++) {
            PersonRow person = people.get(random.nextInt(people.size()));
            Instant opened = now.minus(Duration.ofHours(2 + random.nextInt(24 * 60)));
            clock.set(opened);
            SupportCase c = new SupportCase(person.toRef(), CaseChannel.values()[random.nextInt(CaseChannel.values().length)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)], CasePriority.values()[random.nextInt(4)],
                    CASE_SUBJECTS[random.nextInt(CASE_SUBJECTS.length)], "Customer called about it; details in the notes.");
            c.setOwner(i % 3 == 0 ? me : "support.desk");
            SupportCase saved = service.save(c);
            int stage = random.nextInt(4); // 0 new, 1 in progress, 2 resolved, 3 closed
            Instant at = opened;
            for (int s = 1; s <= stage; s++) {
                at = at.plus(Duration.ofHours(1 + random.nextInt(48)));
                clock.set(at.isAfter(now) ? now : at);
                CaseStatus target = s == 1 ? CaseStatus.IN_PROGRESS : s == 2 ? CaseStatus.RESOLVED : CaseStatus.CLOSED;
                Integer satisfaction = s == 3 ? 2 + random.nextInt(4) : null;
                saved = service.changeStatus(saved.getId(), saved.getVersion(), target,
                        "Apologized, fixed the order and sent a voucher.", satisfaction);
            }
        }
    }
}
