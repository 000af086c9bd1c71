package org.rapport.pipeline.ui.internal.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.osgi.service.event.Event;
import org.rapport.core.PersonRef;
import org.rapport.pipeline.Board;
import org.rapport.pipeline.BoardQuery;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.ui.OpportunityEditorInput;
import org.rapport.pipeline.ui.PipelineUi;
import org.rapport.pipeline.ui.internal.handlers.Selections;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.SimpleSelectionProvider;
import org.rapport.ui.ViewSiteBridge;

/**
 * The kanban board of a pipeline: a {@link BoardCanvas} under a row of filters (pipeline, owner, and "only deals
 * with" the person picked elsewhere, e.g. in Contacts). Dragging a card to another column moves the deal: the board
 * shows it at once and a {@link StageMoveOperation} in the workbench history writes it in the background, so Edit
 * &gt; Undo (Ctrl+Z) puts it back. The picked card is the workbench selection (it adapts to the deal's person, so the
 * Timeline follows); a double-click opens the opportunity editor. The board is read again when deals change.
 */
public class BoardView {

    static final int REFRESH_DELAY_MS = 250;
    static final String EVERYONE = "Everyone";

    @Inject
    @Optional
    @Service
    private OpportunityService opportunities;

    @Inject
    @Optional
    @Service
    private PipelineService pipelineService;

    @Inject
    private ESelectionService selectionService;

    @Inject
    @Optional
    private MPart part;

    @Inject
    @Optional
    private IWorkbenchPage page;

    private Combo pipelineCombo;
    private Combo ownerCombo;
    private Button personOnly;
    private Label status;
    private BoardCanvas canvas;
    private MenuManager contextMenu;
    private ViewSiteBridge siteBridge;
    private UndoActionHandler undo;
    private RedoActionHandler redo;
    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
    private final IUndoContext undoContext = new ObjectUndoContext(this, "Pipeline Board");
    private final IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    private final ISelectionListener othersSelection = this::selectionElsewhere;
    private final Runnable refresh = this::load;

    private List<Pipeline> pipelines = List.of();
    private List<String> owners = List.of();
    private PersonRef person;
    private LatestRequest<BoardQuery> boardReader;
    /** When the board shown last was asked for (System.nanoTime). */
    private long requestedAt;
    private long lastReadMillis = -1;
    private long lastMoveMicros = -1;
    private StageMoveOperation lastMove;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        createFilterRow(parent);
        canvas = new BoardCanvas(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        if (opportunities == null || pipelineService == null) {
            canvas.setMessage("The pipeline database is not available; see Window > Preferences > Rapport > Database"
                    + " and the log.");
            return;
        }
        canvas.onClick(this::clicked);
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            BoardCanvas.Hit hit = canvas.hit(e.x, e.y);
            if (hit != null && hit.card() != null) {
                open(hit.card());
            }
        });
        BoardDragAndDrop.install(canvas, this::dropped);
        createContextMenu();
        if (page != null && part != null) {
            siteBridge = ViewSiteBridge.whenReady(page, part, this::installSite);
        }
        selectionService.addSelectionListener(othersSelection);
        personPicked(personIn(selectionService.getSelection()));
        readPipelines();
    }

    private void createFilterRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText("Pipeline:");
        pipelineCombo = new Combo(row, SWT.READ_ONLY);
        pipelineCombo.setToolTipText("The pipeline whose stages the board shows");
        GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(pipelineCombo);
        pipelineCombo.addListener(SWT.Selection, e -> load());
        new Label(row, SWT.NONE).setText("Owner:");
        ownerCombo = new Combo(row, SWT.READ_ONLY);
        ownerCombo.setToolTipText("Only the deals of one rep");
        GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(ownerCombo);
        ownerCombo.setItems(EVERYONE);
        ownerCombo.select(0);
        ownerCombo.addListener(SWT.Selection, e -> load());
        personOnly = new Button(row, SWT.CHECK);
        personOnly.setToolTipText("Only the deals with the person selected in Contacts (or anywhere else)");
        personOnly.addListener(SWT.Selection, e -> load());
        status = new Label(row, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
    }

    private void createContextMenu() {
        contextMenu = new MenuManager("#PopupMenu", PipelineUi.BOARD_VIEW_ID + ".popup");
        Action open = new Action("&Open") {
            @Override
            public void run() {
                selectedCard().ifPresent(BoardView.this::open);
            }
        };
        contextMenu.setRemoveAllWhenShown(true);
        contextMenu.addMenuListener(menu -> {
            open.setEnabled(selectedCard().isPresent());
            menu.add(open);
            menu.add(new Separator("edit"));
            if (undo != null) {
                undo.update();
                menu.add(undo);
            }
            menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        });
        canvas.setMenu(contextMenu.createContextMenu(canvas));
    }

    /** Edit &gt; Undo / Redo act on this board's moves; others may add to its context menu. */
    private void installSite(IViewSite site) {
        undo = new UndoActionHandler(site, undoContext);
        redo = new RedoActionHandler(site, undoContext);
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        site.getActionBars().updateActionBars();
        site.setSelectionProvider(selectionProvider);
        site.registerContextMenu(PipelineUi.BOARD_VIEW_ID + ".popup", contextMenu, selectionProvider);
    }

    private void readPipelines() {
        canvas.setMessage("Reading the pipelines\u2026");
        UiJobs.once("Reading the pipelines", canvas, () -> new Object[] { pipelineService.pipelines(),
                opportunities.owners() }, read -> {
                    @SuppressWarnings("unchecked")
                    List<Pipeline> all = (List<Pipeline>) read[0];
                    @SuppressWarnings("unchecked")
                    List<String> reps = (List<String>) read[1];
                    showChoices(all, reps);
                    load();
                }, e -> canvas.setMessage("Could not read the pipelines: " + UiJobs.message(e)));
    }

    private void showChoices(List<Pipeline> all, List<String> reps) {
        long chosen = chosenPipeline().map(Pipeline::id).orElse(-1L);
        String owner = ownerCombo.getText();
        pipelines = List.copyOf(all);
        pipelineCombo.setItems(pipelines.stream().map(Pipeline::name).toArray(String[]::new));
        int index = 0;
        for (int i = 0; i < pipelines.size(); i++) {
            if (pipelines.get(i).id() == chosen) {
                index = i;
            }
        }
        if (!pipelines.isEmpty()) {
            pipelineCombo.select(index);
        }
        List<String> choices = new ArrayList<>();
        choices.add(EVERYONE);
        String me = Selections.userName();
        choices.add(me);
        reps.stream().filter(r -> !r.equals(me)).forEach(choices::add);
        owners = choices;
        ownerCombo.setItems(owners.toArray(String[]::new));
        ownerCombo.select(Math.max(0, owners.indexOf(owner)));
        pipelineCombo.getParent().layout(true);
    }

    private java.util.Optional<Pipeline> chosenPipeline() {
        int index = pipelineCombo.getSelectionIndex();
        return index < 0 || index >= pipelines.size() ? java.util.Optional.empty()
                : java.util.Optional.of(pipelines.get(index));
    }

    /** The board the filters ask for, or {@code null} while no pipeline is known. */
    BoardQuery query() {
        return chosenPipeline().map(p -> {
            BoardQuery q = BoardQuery.of(p.id());
            String owner = ownerCombo.getText();
            q = q.ownedBy(EVERYONE.equals(owner) ? null : owner);
            return q.withPerson(personOnly.getSelection() && person != null ? person.id() : null);
        }).orElse(null);
    }

    /** Reads the board in the background; the latest request wins. */
    private void load() {
        BoardQuery query = query();
        if (query == null || canvas.isDisposed()) {
            if (pipelines.isEmpty() && !canvas.isDisposed()) {
                canvas.setMessage("No pipelines yet: add one in Window > Preferences > Rapport > Pipelines.");
            }
            return;
        }
        if (boardReader == null) {
            boardReader = LatestRequest.<BoardQuery> named("Reading the pipeline board").on(canvas)
                    .onError(e -> canvas.setMessage("Could not read the board: " + UiJobs.message(e)))
                    .reads((q, reply, monitor) -> {
                        Board board = opportunities.board(q);
                        reply.show(() -> show(board));
                    });
        }
        requestedAt = System.nanoTime();
        boardReader.request(query);
    }

    private void show(Board board) {
        canvas.setModel(new BoardModel(board));
        canvas.update();
        lastReadMillis = (System.nanoTime() - requestedAt) / 1_000_000;
        int open = board.columns().stream().filter(c -> c.stage().kind() == StageKind.OPEN)
                .mapToInt(c -> c.count()).sum();
        status.setText(java.text.NumberFormat.getIntegerInstance().format(open) + " open deals"
                + (board.query().owner() == null ? "" : " of " + board.query().owner())
                + (board.query().personId() == null ? "" : " with " + person.displayName()));
        status.getParent().layout(true);
    }

    private void clicked(BoardCanvas.Hit hit) {
        if (hit != null && hit.more()) {
            loadMore(hit.column());
            return;
        }
        OpportunitySummary card = hit == null ? null : hit.card();
        canvas.setSelectedId(card == null ? -1 : card.id());
        StructuredSelection selection = card == null ? StructuredSelection.EMPTY : new StructuredSelection(card);
        selectionProvider.setSelection(selection);
        selectionService.setSelection(selection);
    }

    private void loadMore(BoardModel.Column column) {
        BoardModel model = canvas.model();
        BoardQuery query = model.board().query();
        int offset = column.cards().size();
        UiJobs.once("Reading more deals", canvas, () -> opportunities.cards(query, column.stage().id(), offset,
                BoardQuery.DEFAULT_CARDS), more -> {
                    if (canvas.model() == model) {
                        model.append(column.stage().id(), more);
                        canvas.redraw();
                    }
                }, e -> status.setText("Could not read more deals: " + UiJobs.message(e)));
    }

    private java.util.Optional<OpportunitySummary> selectedCard() {
        BoardModel model = canvas.model();
        return model == null ? java.util.Optional.empty() : model.card(canvas.selectedId());
    }

    private void open(OpportunitySummary card) {
        if (page == null) {
            return;
        }
        try {
            page.openEditor(OpportunityEditorInput.saved(card.id(), card.title()), PipelineUi.EDITOR_ID);
        } catch (PartInitException e) {
            status.setText("Could not open '" + card.title() + "': " + e.getMessage());
        }
    }

    /** A card was dropped on another column: moves the deal (asking why, when it goes to the lost stage). */
    void dropped(OpportunitySummary card, Stage stage) {
        String lostReason = null;
        if (stage.kind() == StageKind.LOST) {
            InputDialog ask = new InputDialog(canvas.getShell(), "Deal Lost",
                    "Why was '" + card.title() + "' lost? (e.g. price, a competitor, no budget)", "",
                    (IInputValidator) text -> text == null || text.isBlank() ? "Say why, for the win/loss analysis" : null);
            if (ask.open() != Window.OK) {
                return;
            }
            lostReason = ask.getValue().trim();
        }
        String from = canvas.model().column(card.stageId()).map(c -> c.stage().name()).orElse("?");
        StageMoveOperation move = new StageMoveOperation(history, opportunities, board(), canvas, card.title(),
                card.id(), card.version(), card.stageId(), from, stage.id(), stage.name(), lostReason);
        move.addContext(undoContext);
        lastMove = move;
        try {
            history.execute(move, null, null);
        } catch (org.eclipse.core.commands.ExecutionException e) {
            status.setText("Could not move '" + card.title() + "': " + e.getMessage());
        }
    }

    private StageMoveOperation.Board board() {
        return new StageMoveOperation.Board() {
            @Override
            public void show(long opportunityId, long stageId) {
                long started = System.nanoTime();
                BoardModel model = canvas.model();
                if (model != null && model.move(opportunityId, stageId).isPresent()) {
                    canvas.redraw();
                    canvas.update();
                }
                lastMoveMicros = (System.nanoTime() - started) / 1_000;
            }

            @Override
            public void written(long opportunityId, int version) {
                BoardModel model = canvas.model();
                if (model != null) {
                    model.update(opportunityId, version);
                }
            }

            @Override
            public void failed(String message) {
                status.setText(message);
                load();
            }
        };
    }

    /** Follows what is picked in other parts: the person for "only deals with". */
    private void selectionElsewhere(MPart source, Object selection) {
        if (source != null && source == part) {
            return;
        }
        PersonRef picked = personIn(selection);
        if (picked != null) {
            personPicked(picked);
        }
    }

    private void personPicked(PersonRef picked) {
        if (personOnly == null || personOnly.isDisposed()) {
            return;
        }
        boolean changed = !Objects.equals(picked, person);
        person = picked;
        personOnly.setText(person == null ? "Only deals with the person selected in Contacts"
                : "Only deals with " + person.displayName());
        personOnly.setEnabled(person != null);
        personOnly.getParent().layout(true);
        if (changed && personOnly.getSelection()) {
            load();
        }
    }

    private static PersonRef personIn(Object selection) {
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : selection;
        return first == null ? null : Adapters.adapt(first, PersonRef.class);
    }

    @Inject
    @Optional
    void opportunitiesChanged(@UIEventTopic(PipelineTopics.OPPORTUNITIES_CHANGED) Event event) {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().timerExec(-1, refresh);
            canvas.getDisplay().timerExec(REFRESH_DELAY_MS, refresh);
        }
    }

    @Inject
    @Optional
    void pipelinesChanged(@UIEventTopic(PipelineTopics.PIPELINES_CHANGED) Event event) {
        if (canvas != null && !canvas.isDisposed() && pipelineService != null) {
            readPipelines();
        }
    }

    @Focus
    public void setFocus() {
        canvas.setFocus();
    }

    @PreDestroy
    public void dispose() {
        selectionService.removeSelectionListener(othersSelection);
        history.dispose(undoContext, true, true, true);
        if (siteBridge != null) {
            siteBridge.dispose();
        }
        if (contextMenu != null) {
            contextMenu.dispose();
        }
        if (undo != null) {
            undo.dispose();
            redo.dispose();
        }
    }

    /** The painted board, for tests and benchmarks. */
    public BoardCanvas canvas() {
        return canvas;
    }

    /** The pipeline choice, for tests. */
    public Combo pipelineCombo() {
        return pipelineCombo;
    }

    /** The owner filter, for tests. */
    public Combo ownerCombo() {
        return ownerCombo;
    }

    /** The "only deals with" check box, for tests. */
    public Button personOnly() {
        return personOnly;
    }

    /** The undo context of the board's moves in the workbench history, for tests. */
    public IUndoContext undoContext() {
        return undoContext;
    }

    /** Whether a board is being read, for tests. */
    public boolean isReading() {
        return boardReader != null && boardReader.isBusy();
    }

    /** How long the last board took from request to painted, in ms; for the benchmark. */
    public long lastReadMillis() {
        return lastReadMillis;
    }

    /** How long the last card move took to show (model changed, board repainted), in microseconds; for the benchmark. */
    public long lastMoveMicros() {
        return lastMoveMicros;
    }

    /** The write job of the last move or its undo, for tests. */
    public org.eclipse.core.runtime.jobs.Job lastWrite() {
        return lastMove == null ? null : lastMove.lastWrite();
    }

    /** Chooses a pipeline by name and reads its board, for tests and benchmarks. */
    public void choosePipeline(String name) {
        int index = pipelineCombo.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no pipeline '" + name + "' among " + List.of(pipelineCombo.getItems()));
        }
        pipelineCombo.select(index);
        load();
    }

    /** Reads the pipelines and the board again, for tests and benchmarks. */
    public void reload() {
        readPipelines();
    }
}
