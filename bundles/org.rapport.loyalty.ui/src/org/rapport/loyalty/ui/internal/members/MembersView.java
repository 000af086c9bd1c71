package org.rapport.loyalty.ui.internal.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.event.Event;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.LoyaltyTopics;
import org.rapport.loyalty.MemberRow;
import org.rapport.loyalty.Page;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.TransactionImport;
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.loyalty.ui.internal.MemberItem;
import org.rapport.loyalty.ui.internal.People;
import org.rapport.loyalty.ui.internal.ProgramCombo;
import org.rapport.loyalty.ui.internal.Views;
import org.rapport.loyalty.ui.internal.enrol.Enrolment;
import org.rapport.loyalty.ui.internal.imports.TransactionsImportJob;
import org.rapport.ui.SimpleSelectionProvider;
import org.rapport.ui.ViewSiteBridge;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.Column;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * The members of a program in a paged virtual table (a million members scroll as fluidly as ten: the ledger service
 * reads a page at a time, the names come from the contacts for that page only). The picked member is the workbench
 * selection: the Loyalty Card, the Rewards and the Timeline follow it. Enrol and Import are one click away; an empty
 * program says how to fill it. The list is read again, keeping its place, when members or the ledger change.
 */
public class MembersView {

    /** What a program without members says. */
    static final String EMPTY = "No members yet. <a href=\"enrol\">Enrol a contact or a segment</a>, or"
            + " <a href=\"import\">import purchases</a> of enrolled members from a POS or ERP file.";
    /** What the view says while there is no program. */
    static final String NO_PROGRAM = "No loyalty program yet. Create one in the <a href=\"programs\">Programs</a>"
            + " view (or with rapport-cli loyalty program create).";

    @Inject
    @Optional
    @Service
    private ProgramService programs;

    @Inject
    @Optional
    @Service
    private PersonLookup lookup;

    @Inject
    @Optional
    @Service
    private TransactionImport transactionImport;

    @Inject
    private ESelectionService selectionService;

    @Inject
    private IWorkbenchPage page;

    @Inject
    private MPart part;

    private ProgramCombo programCombo;
    private Label status;
    private Composite stack;
    private StackLayout stackLayout;
    private Link hint;
    private PagedTable<MemberItem> table;
    private LatestRequest<Long> reader;
    private Long shownProgram;
    private ViewSiteBridge siteBridge;
    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
    private final Runnable refresh = this::read;
    private final Runnable programsRefresh = this::readPrograms;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText("Program:");
        programCombo = new ProgramCombo(row);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(programCombo.getControl());
        programCombo.onChange(this::read);
        status = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        Button enrol = new Button(row, SWT.PUSH);
        enrol.setText("&Enrol\u2026");
        enrol.setToolTipText("Enrol a contact or a whole segment in this program");
        enrol.addListener(SWT.Selection, e -> enrol());
        Button importButton = new Button(row, SWT.PUSH);
        importButton.setText("&Import\u2026");
        importButton.setToolTipText("Import purchases and refunds from a POS or ERP CSV file into this program");
        importButton.addListener(SWT.Selection, e -> importTransactions());

        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
        table = new PagedTable<>(stack, SWT.SINGLE | SWT.FULL_SELECTION, columns(), 100);
        table.setErrorHandler(e -> status.setText("Could not read the members: " + UiJobs.message(e)));
        table.getTable().addListener(SWT.Selection, e -> publishSelection());
        table.getTable().addListener(SWT.DefaultSelection, e -> showCard());
        hint = new Link(stack, SWT.WRAP);
        hint.addListener(SWT.Selection, e -> hintClicked(e.text));
        stackLayout.topControl = table.getControl();
        if (programs == null) {
            showHint("The loyalty database is not available; see the Error Log.");
            enrol.setEnabled(false);
            importButton.setEnabled(false);
            return;
        }
        siteBridge = ViewSiteBridge.whenReady(page, part, site -> site.setSelectionProvider(selectionProvider));
        reader = LatestRequest.<Long> named("Reading loyalty members").on(table.getTable())
                .onError(e -> status.setText("Could not read the members: " + UiJobs.message(e)))
                .reads(this::readMembers);
        readPrograms();
    }

    static List<Column<MemberItem>> columns() {
        List<Column<MemberItem>> columns = new ArrayList<>();
        columns.add(new Column<>("Member", 200, m -> m.person().displayName()));
        columns.add(new Column<>("Tier", 90, m -> m.row().member().tier()));
        columns.add(new Column<>("Available", 85, m -> LoyaltyFormats.points(m.row().available())));
        columns.add(new Column<>("Pending", 75, m -> LoyaltyFormats.points(m.row().pending())));
        columns.add(new Column<>("Member since", 100, m -> LoyaltyFormats.date(m.row().member().enrolledOn())));
        return columns;
    }

    private void readPrograms() {
        if (programs == null || status.isDisposed()) {
            return;
        }
        if (programCombo.programs().isEmpty()) {
            status.setText("Reading\u2026");
        }
        UiJobs.once("Reading loyalty programs", status, programs::programs, list -> {
            programCombo.setPrograms(list);
            programCombo.getControl().getParent().layout(true);
            read();
        }, e -> status.setText("Could not read the programs: " + UiJobs.message(e)));
    }

    /** Reads the picked program's members, keeping the place when it is the program shown. */
    private void read() {
        if (reader == null || table.getTable().isDisposed()) {
            return;
        }
        Program program = programCombo.selected();
        if (program == null) {
            showHint(NO_PROGRAM);
            status.setText("");
            return;
        }
        if (shownProgram == null || shownProgram != program.id()) {
            table.deselectAll();
            table.setTopIndex(0);
            status.setText("Reading\u2026");
        }
        reader.request(program.id());
    }

    private void readMembers(Long programId, LatestRequest.Reply reply, IProgressMonitor monitor) {
        ProgramService service = programs;
        PersonLookup people = lookup;
        LocalDate today = LocalDate.now();
        int pageSize = table.pageSize();
        PageSource<MemberItem> source = new PageSource<>() {
            @Override
            public int count() {
                return (int) Math.min(Integer.MAX_VALUE, service.memberCount(programId));
            }

            @Override
            public List<MemberItem> page(int offset, int limit) {
                return items(service.members(programId, today, offset, limit), people);
            }
        };
        Page<MemberRow> first = service.members(programId, today, 0, pageSize);
        List<MemberItem> firstItems = items(first, people);
        int count = (int) Math.min(Integer.MAX_VALUE, first.total());
        reply.show(() -> show(programId, source, count, firstItems));
    }

    private static List<MemberItem> items(Page<MemberRow> page, PersonLookup people) {
        List<MemberItem> items = new ArrayList<>(page.rows().size());
        for (MemberRow row : page.rows()) {
            items.add(new MemberItem(row, People.person(people, row.member().personId())));
        }
        return items;
    }

    private void show(long programId, PageSource<MemberItem> source, int count, List<MemberItem> first) {
        shownProgram = programId;
        table.setSource(source, count, first);
        if (count == 0) {
            showHint(EMPTY);
        } else {
            stackLayout.topControl = table.getControl();
            stack.layout(true);
        }
        status.setText(String.format("%,d members", count));
        status.getParent().layout(true);
    }

    private void showHint(String text) {
        hint.setText(text);
        stackLayout.topControl = hint;
        stack.layout(true);
    }

    private void hintClicked(String what) {
        switch (what) {
            case "enrol" -> enrol();
            case "import" -> importTransactions();
            case "programs" -> {
                try {
                    page.showView(LoyaltyUi.PROGRAMS_VIEW_ID);
                } catch (PartInitException e) {
                    status.setText("The Programs view could not open: " + UiJobs.message(e));
                }
            }
            default -> {
                // not a link of ours
            }
        }
    }

    /** Opens the enrol dialog for the picked program. */
    public void enrol() {
        Enrolment.open(status.getShell(), programs, lookup, programCombo.programs(), programCombo.selected(), null,
                message -> UiJobs.later(status, () -> status.setText(message)));
    }

    /** Asks for a transactions file and imports it into the picked program in a job. */
    public void importTransactions() {
        Program program = programCombo.selected();
        if (program == null || transactionImport == null) {
            status.setText(program == null ? "Create a program first." : "The transactions import is not available.");
            return;
        }
        TransactionsImportJob.chooseAndImport(status.getShell(), transactionImport, program);
    }

    private void publishSelection() {
        List<MemberItem> picked = table.selectedRows();
        StructuredSelection selection = picked.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(picked);
        selectionProvider.setSelection(selection);
        selectionService.setSelection(selection);
    }

    private void showCard() {
        try {
            page.showView(LoyaltyUi.CARD_VIEW_ID);
        } catch (PartInitException e) {
            status.setText("The Loyalty Card could not open: " + UiJobs.message(e));
        }
    }

    @Inject
    @Optional
    void membersChanged(@UIEventTopic(LoyaltyTopics.ALL) Event event) {
        if (LoyaltyTopics.PROGRAMS_CHANGED.equals(event.getTopic())) {
            Views.soon(status, 300, programsRefresh);
        } else if (table != null) {
            Views.soon(table.getTable(), 400, refresh);
        }
    }

    @Focus
    public void setFocus() {
        table.getTable().setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (siteBridge != null) {
            siteBridge.dispose();
        }
    }

    /** Shows a program's members; for tests and other loyalty views. */
    public void showProgram(long programId) {
        if (programCombo.want(programId)) {
            read();
        } else {
            readPrograms(); // created since the programs were read
        }
    }

    /** The program shown, or {@code null}; for tests. */
    public Long shownProgram() {
        return shownProgram;
    }

    /** Whether members are being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The table, for tests. */
    public PagedTable<MemberItem> table() {
        return table;
    }

    /** What the view says instead of rows, or {@code null} while it shows rows; for tests. */
    public String hint() {
        return stackLayout.topControl == hint ? hint.getText() : null;
    }

    /** The status ("1,234 members"), for tests. */
    public String status() {
        return status.getText();
    }
}
