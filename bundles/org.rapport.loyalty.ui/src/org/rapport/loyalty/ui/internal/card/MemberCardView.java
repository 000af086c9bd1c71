package org.rapport.loyalty.ui.internal.card;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.event.Event;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.core.user.RapportUser;
import org.rapport.loyalty.ExpiringPoints;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyTopics;
import org.rapport.loyalty.Member;
import org.rapport.loyalty.Page;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.loyalty.ui.internal.MemberItem;
import org.rapport.loyalty.ui.internal.ProgramCombo;
import org.rapport.loyalty.ui.internal.Views;
import org.rapport.loyalty.ui.internal.enrol.Enrolment;
import org.rapport.loyalty.ui.internal.rewards.RewardsView;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * The loyalty card of the member or contact picked anywhere (the members list, Contacts, the pipeline, a feed post):
 * available and pending points, the tier and the way to the next one as a {@link TierLadder}, what expires next,
 * Redeem and Adjust, and the ledger with the reason of every change. A contact who is a member of several programs
 * has a program choice; one who is a member of none is offered to enrol. It reads again when the member's ledger or
 * tier changes.
 */
public class MemberCardView {

    static final String NOTHING_PICKED = "Pick a member in the Members list, or a contact anywhere in Rapport, to see"
            + " their points, tier and what expires when.";
    static final String[] FIGURES = { "Available", "Pending", "Tier", "Earned in 12 months" };

    @Inject
    @Optional
    @Service
    private ProgramService programs;

    @Inject
    @Optional
    @Service
    private LedgerService ledger;

    @Inject
    @Optional
    @Service
    private PersonLookup lookup;

    /** Who is working: the ledger records them with a manual adjustment. */
    @Inject
    @Optional
    @Service
    private RapportUser user;

    @Inject
    private IWorkbenchPage page;

    private Composite stack;
    private StackLayout stackLayout;
    private Link hint;
    private Composite card;
    private Label name;
    private ProgramCombo programCombo;
    private FigureTiles figures;
    private TierLadder ladder;
    private Label progress;
    private Label expiry;
    private Label status;
    private Button redeem;
    private Button adjust;
    private PagedTable<LedgerEntry> entries;
    private LatestRequest<Request> reader;
    private PersonRef person;
    private Long wantedProgram;
    private CardData shown;
    private final Runnable refresh = this::read;

    /** What to read: a person, in a program if one is wanted (else their first membership). */
    record Request(PersonRef person, Long programId) {
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
        hint = new Link(stack, SWT.WRAP);
        hint.addListener(SWT.Selection, e -> hintClicked(e.text));
        createCard();
        if (programs == null || ledger == null) {
            showHint("The loyalty database is not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Request> named("Reading a loyalty card").on(stack)
                .onError(e -> showHint("Could not read the card: " + UiJobs.message(e)))
                .reads(this::readCard);
        if (person == null) {
            showHint(NOTHING_PICKED);
        } else {
            read();
        }
    }

    private void createCard() {
        card = new Composite(stack, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).applyTo(card);
        Composite top = new Composite(card, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 0).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        name = new Label(top, SWT.NONE);
        name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        new Label(top, SWT.NONE).setText("Program:");
        programCombo = new ProgramCombo(top);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(programCombo.getControl());
        programCombo.onChange(() -> {
            Program picked = programCombo.selected();
            wantedProgram = picked == null ? null : picked.id();
            read();
        });
        figures = new FigureTiles(card, FIGURES);
        ladder = new TierLadder(card);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ladder);
        progress = new Label(card, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
        expiry = new Label(card, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(expiry);
        Composite actions = new Composite(card, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 0).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        redeem = new Button(actions, SWT.PUSH);
        redeem.setText("&Redeem a Reward\u2026");
        redeem.addListener(SWT.Selection, e -> redeem());
        adjust = new Button(actions, SWT.PUSH);
        adjust.setText("A&djust Points\u2026");
        adjust.addListener(SWT.Selection, e -> adjust());
        status = new Label(actions, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        Label ledgerLabel = new Label(card, SWT.NONE);
        ledgerLabel.setText("Ledger (newest first):");
        entries = new PagedTable<>(card, SWT.SINGLE | SWT.FULL_SELECTION, LedgerColumns.columns(), 100);
        entries.setErrorHandler(e -> status.setText("Could not read the ledger: " + UiJobs.message(e)));
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(entries.getControl());
    }

    /** Follows the workbench selection: a member, or anything that is a contact. Other selections are ignored. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        MemberItem member = Views.member(selection);
        PersonRef picked = member != null ? member.person() : Views.person(selection);
        if (picked == null) {
            return;
        }
        Long program = member != null ? Long.valueOf(member.programId()) : wantedProgram;
        if (!picked.equals(person) || !Objects.equals(program, wantedProgram)) {
            show(picked, program);
        }
    }

    /** Shows a person's card, in a program ({@code null}: the one picked, else their first membership). */
    public void show(PersonRef shownPerson, Long programId) {
        person = shownPerson;
        wantedProgram = programId;
        read();
    }

    private void read() {
        if (reader == null || person == null || stack.isDisposed()) {
            return;
        }
        status.setText("Reading\u2026");
        reader.request(new Request(person, wantedProgram));
    }

    private void readCard(Request request, LatestRequest.Reply reply, IProgressMonitor monitor) {
        LocalDate today = LocalDate.now();
        long personId = request.person().id();
        PersonRef named = lookup == null ? request.person()
                : lookup.person(personId).orElse(request.person());
        List<Member> memberships = programs.memberships(personId);
        List<Program> all = programs.programs();
        Member membership = memberships.stream()
                .filter(m -> request.programId() == null || m.programId() == request.programId()).findFirst()
                .orElse(memberships.isEmpty() ? null : memberships.get(0));
        if (membership == null) {
            reply.show(() -> showCard(new CardData(named, memberships, all, null, null, List.of(), 0)));
            return;
        }
        Program program = all.stream().filter(p -> p.id() == membership.programId()).findFirst().orElse(null);
        Statement statement = ledger.statement(membership.programId(), personId, today);
        Page<LedgerEntry> first = ledger.ledger(membership.programId(), personId, 0, entries.pageSize());
        reply.show(() -> showCard(new CardData(named, memberships, all, program, statement, first.rows(),
                first.total())));
    }

    private void showCard(CardData data) {
        shown = data;
        if (data.program() == null) {
            showHint(data.person().displayName() + " is not a member of any loyalty program yet."
                    + (data.programs().isEmpty() ? " Create a program first (the Programs view)."
                            : " <a href=\"enrol\">Enrol " + data.person().displayName() + "\u2026</a>"));
            return;
        }
        Statement statement = data.statement();
        name.setText(data.person().displayName());
        programCombo.setPrograms(data.programs().stream()
                .filter(p -> data.memberships().stream().anyMatch(m -> m.programId() == p.id())).toList());
        programCombo.select(data.program().id());
        figures.set(0, LoyaltyFormats.points(statement.available()));
        figures.set(1, LoyaltyFormats.points(statement.pending()));
        figures.set(2, statement.tier());
        figures.set(3, LoyaltyFormats.points(statement.earned12m()));
        ladder.show(data.program().tiers(), statement.tier(), statement.earned12m());
        progress.setText(progressText(data.program(), statement));
        expiry.setText(expiryText(statement.expiring(), statement.asOf()));
        status.setText("");
        long programId = data.program().id();
        long personId = data.person().id();
        LedgerService service = ledger;
        entries.setSource(new PageSource<>() {
            @Override
            public int count() {
                return (int) Math.min(Integer.MAX_VALUE, service.ledger(programId, personId, 0, 1).total());
            }

            @Override
            public List<LedgerEntry> page(int offset, int limit) {
                return service.ledger(programId, personId, offset, limit).rows();
            }
        }, (int) Math.min(Integer.MAX_VALUE, data.entryCount()), data.firstEntries());
        stackLayout.topControl = card;
        stack.layout(true, true);
    }

    /**
     * Where the member stands on the tiers: how many more points earned in 12 months reach the next tier; or, when the
     * points fell below the current tier's threshold, that the monthly review will move them down one step (tiers go
     * down only then); or that they are at the top.
     */
    static String progressText(Program program, Statement statement) {
        long threshold = program.tier(statement.tier()).map(Tier::threshold).orElse(0L);
        if (statement.earned12m() < threshold) {
            LocalDate review = statement.asOf().withDayOfMonth(1).plusMonths(1);
            return LoyaltyFormats.points(statement.earned12m()) + " points earned in 12 months are "
                    + LoyaltyFormats.points(threshold - statement.earned12m()) + " below " + statement.tier() + "'s "
                    + LoyaltyFormats.points(threshold) + ": the review on " + LoyaltyFormats.date(review)
                    + " moves the tier down one step unless they are earned by then.";
        }
        if (statement.nextTier() == null) {
            return statement.tier() + " is the top tier.";
        }
        return LoyaltyFormats.points(statement.toNextTier()) + " more points earned in 12 months reach "
                + statement.nextTier() + " (" + LoyaltyFormats.points(statement.nextThreshold()) + ").";
    }

    /** "300 points expire after 31 Jan 2026 (in 12 days); then 120 after 28 Feb 2026", or that nothing expires. */
    static String expiryText(List<ExpiringPoints> expiring, LocalDate today) {
        if (expiring.isEmpty()) {
            return "No points waiting to expire.";
        }
        ExpiringPoints next = expiring.get(0);
        long days = ChronoUnit.DAYS.between(today, next.date());
        StringBuilder text = new StringBuilder().append(LoyaltyFormats.points(next.points()))
                .append(" points expire after ").append(LoyaltyFormats.date(next.date()))
                .append(days == 0 ? " (today is the last day)" : days == 1 ? " (tomorrow is the last day)"
                        : " (in " + days + " days)");
        if (expiring.size() > 1) {
            ExpiringPoints then = expiring.get(1);
            text.append("; then ").append(LoyaltyFormats.points(then.points())).append(" after ")
                    .append(LoyaltyFormats.date(then.date()));
        }
        return text.append('.').toString();
    }

    private void showHint(String text) {
        hint.setText(text);
        stackLayout.topControl = hint;
        stack.layout(true);
    }

    private void hintClicked(String what) {
        if ("enrol".equals(what) && shown != null) {
            Enrolment.open(hint.getShell(), programs, lookup, shown.programs(), null, shown.person(),
                    message -> UiJobs.later(hint, () -> hint.setText(message)));
        }
    }

    private void redeem() {
        if (shown == null || shown.program() == null) {
            return;
        }
        try {
            RewardsView rewards = Views.show(page, LoyaltyUi.REWARDS_VIEW_ID, RewardsView.class);
            if (rewards != null) {
                rewards.showMember(shown.program().id(), shown.person());
            }
        } catch (PartInitException e) {
            status.setText("The Rewards view could not open: " + UiJobs.message(e));
        }
    }

    private void adjust() {
        if (shown == null || shown.statement() == null) {
            return;
        }
        AdjustDialog dialog = new AdjustDialog(adjust.getShell(), shown.person().displayName(),
                shown.statement().available());
        if (dialog.open() != Window.OK) {
            return;
        }
        long programId = shown.program().id();
        long personId = shown.person().id();
        long points = dialog.points();
        String reason = dialog.reason();
        String by = user == null ? "" : user.name();
        status.setText("Adjusting\u2026");
        UiJobs.once("Adjusting loyalty points", status,
                () -> ledger.adjust(programId, personId, points, reason, by, LocalDate.now()),
                entry -> {
                    status.setText("Adjusted by " + LoyaltyFormats.signedPoints(entry.points()) + ".");
                    read();
                }, e -> status.setText("Not adjusted: " + UiJobs.message(e)));
    }

    @Inject
    @Optional
    void loyaltyChanged(@UIEventTopic(LoyaltyTopics.ALL) Event event) {
        if (person == null || stack == null || stack.isDisposed()) {
            return;
        }
        Object ids = event.getProperty(LoyaltyTopics.IDS);
        Object personId = event.getProperty(LoyaltyTopics.PERSON_ID);
        boolean concerns = personId != null ? Long.valueOf(person.id()).equals(personId)
                : !(ids instanceof long[] list) || contains(list, person.id());
        if (concerns) {
            Views.soon(stack, 300, refresh);
        }
    }

    private static boolean contains(long[] ids, long id) {
        for (long candidate : ids) {
            if (candidate == id) {
                return true;
            }
        }
        return false;
    }

    @Focus
    public void setFocus() {
        stack.setFocus();
    }

    /** The person shown, or {@code null}; for tests. */
    public PersonRef person() {
        return person;
    }

    /** What was read last, or {@code null}; for tests. */
    public Statement statement() {
        return shown == null ? null : shown.statement();
    }

    /** Whether the card is being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** What the view says instead of a card, or {@code null} while it shows one; for tests. */
    public String hint() {
        return stackLayout.topControl == hint ? hint.getText() : null;
    }

    /** The figure under a caption of {@link #FIGURES} as shown; for tests. */
    public String figure(String caption) {
        return figures.get(List.of(FIGURES).indexOf(caption));
    }

    /** The progress line, for tests. */
    public String progressLine() {
        return progress.getText();
    }

    /** The expiry line, for tests. */
    public String expiryLine() {
        return expiry.getText();
    }

    /** How much of the tier ladder is filled, 0 to 1; for tests. */
    public double ladderFilled() {
        return ladder.filled();
    }

    /** The status beside the buttons, for tests. */
    public String status() {
        return status.getText();
    }

    /** The ledger table, for tests. */
    public PagedTable<LedgerEntry> ledgerTable() {
        return entries;
    }
}
