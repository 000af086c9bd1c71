package org.rapport.pipeline.ui.internal.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.EditorPart;
import org.rapport.pipeline.ConcurrentChangeException;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.StageVisit;
import org.rapport.pipeline.campaigns.Campaign;
import org.rapport.pipeline.campaigns.CampaignService;
import org.rapport.pipeline.ui.OpportunityEditorInput;
import org.rapport.pipeline.ui.internal.handlers.Selections;
import org.rapport.ui.SimpleSelectionProvider;

/**
 * The opportunity editor: a form over one deal (see {@link OpportunityForm}), read and saved in jobs. It is dirty
 * while the form differs from what was read or saved; values the service finds invalid are marked at their fields
 * while typing (checked {@value #VALIDATE_DELAY_MS} ms after the last change), and a save is refused while any is. A
 * save that finds the deal changed by someone else (optimistic locking) is reported with the choice to reload;
 * nothing is overwritten. The deal's person is the editor's selection, so the Timeline follows.
 */
public class OpportunityEditor extends EditorPart {

    static final int VALIDATE_DELAY_MS = 250;

    private OpportunityService opportunities;
    private PipelineService pipelines;
    private CampaignService campaigns;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private OpportunityForm fields;
    private LoadedOpportunity loaded;
    private boolean dirty;
    private boolean saving;
    private int validation;
    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();
    private final Runnable validateSoon = this::validate;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof OpportunityEditorInput)) {
            throw new PartInitException("The opportunity editor opens opportunities, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        opportunities = site.getService(OpportunityService.class);
        pipelines = site.getService(PipelineService.class);
        campaigns = site.getService(CampaignService.class);
        if (opportunities == null || pipelines == null) {
            throw new PartInitException("The pipeline database is not available; see the log and Window > Preferences"
                    + " > Rapport > Database.");
        }
        site.setSelectionProvider(selection);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    private OpportunityEditorInput opportunityInput() {
        return (OpportunityEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(opportunityInput().getName());
        toolkit.decorateFormHeading(form.getForm());
        fields = new OpportunityForm(form, toolkit, ContactsLookup.of(getClass()), this::changed);
        fields.setEnabled(false);
        read(false);
    }

    /** Reads the deal, the pipelines, the campaigns and the history in a job, then shows them. */
    private void read(boolean discardEdits) {
        OpportunityEditorInput input = opportunityInput();
        Display display = getSite().getShell().getDisplay();
        Job job = Job.create("Reading " + input.getName(), monitor -> {
            LoadedOpportunity read;
            try {
                List<Pipeline> all = pipelines.pipelines();
                List<Campaign> sources = campaigns == null ? List.of() : campaigns.campaigns();
                Opportunity opportunity = input.isNew() ? newOpportunity(input, all)
                        : opportunities.opportunity(input.opportunityId()).orElse(null);
                List<StageVisit> history = input.isNew() || opportunity == null ? List.of()
                        : opportunities.history(input.opportunityId());
                read = new LoadedOpportunity(opportunity, all, sources, history);
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (form != null && !form.isDisposed()) {
                        form.setMessage("Could not read this opportunity: " + e.getMessage(), 3);
                    }
                });
                return Status.warning("The opportunity " + input.getName() + " could not be read", e);
            }
            display.asyncExec(() -> show(read, discardEdits));
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private static Opportunity newOpportunity(OpportunityEditorInput input, List<Pipeline> all) {
        Pipeline pipeline = all.stream().filter(p -> input.pipelineId() != null && p.id() == input.pipelineId())
                .findFirst().orElse(all.isEmpty() ? null : all.get(0));
        Opportunity o = new Opportunity("", pipeline == null ? 0 : pipeline.firstStage().id());
        o.setPerson(input.person());
        o.setOwner(Selections.userName());
        o.setExpectedClose(java.time.LocalDate.now().plusMonths(2));
        return o;
    }

    private void show(LoadedOpportunity read, boolean discardEdits) {
        if (form == null || form.isDisposed() || (dirty && !discardEdits)) {
            return;
        }
        if (read.opportunity() == null) {
            form.setMessage("This opportunity was deleted by someone else.", 3);
            return;
        }
        loaded = read;
        fields.show(read.opportunity(), read.pipelines(), read.campaigns(), read.history());
        fields.setEnabled(true);
        fields.formError(null);
        setDirty(false);
        showName(read.opportunity().getTitle());
        Opportunity o = read.opportunity();
        selection.setSelection(o.getPerson() == null ? StructuredSelection.EMPTY : new StructuredSelection(o));
        validate();
    }

    private void changed() {
        if (loaded == null) {
            return;
        }
        Opportunity edited = fields.edited();
        setDirty(!sameValues(edited, loaded.opportunity()) || fields.hasErrors());
        form.setText(edited.getTitle().isBlank() ? "(no title)" : edited.getTitle());
        Display display = getSite().getShell().getDisplay();
        display.timerExec(-1, validateSoon);
        display.timerExec(VALIDATE_DELAY_MS, validateSoon);
    }

    /** Whether two copies have the same editable values. */
    static boolean sameValues(Opportunity a, Opportunity b) {
        return a.getTitle().equals(b.getTitle()) && Objects.equals(a.getPerson(), b.getPerson())
                && Objects.equals(a.getOrganizationId(), b.getOrganizationId())
                && a.getAmount().compareTo(b.getAmount()) == 0 && a.getCurrency().equals(b.getCurrency())
                && a.getStageId() == b.getStageId() && Objects.equals(a.getProbabilityOverride(), b.getProbabilityOverride())
                && Objects.equals(a.getExpectedClose(), b.getExpectedClose()) && a.getOwner().equals(b.getOwner())
                && Objects.equals(a.getSourceCampaignId(), b.getSourceCampaignId())
                && a.getNextStep().equals(b.getNextStep()) && a.getLostReason().equals(b.getLostReason());
    }

    private void setDirty(boolean now) {
        if (now != dirty) {
            dirty = now;
            firePropertyChange(PROP_DIRTY);
        }
    }

    private void showName(String title) {
        String name = title == null || title.isBlank() ? (opportunityInput().isNew() ? "New opportunity" : "(no title)") : title;
        setPartName(name);
        form.setText(name);
    }

    /** Asks the service what is wrong with the deal as edited, in a job; shows it at the fields. */
    private void validate() {
        if (loaded == null || form.isDisposed()) {
            return;
        }
        int current = ++validation;
        Opportunity snapshot = fields.edited();
        fields.updateMessages();
        Display display = getSite().getShell().getDisplay();
        Job job = Job.create("Checking " + getPartName(), monitor -> {
            List<FieldProblem> problems = opportunities.validate(snapshot);
            display.asyncExec(() -> {
                if (current == validation && !form.isDisposed()) {
                    fields.problems(problems);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (loaded == null || saving) {
            cancel(monitor);
            return;
        }
        Opportunity toSave = fields.edited();
        if (fields.hasErrors()) {
            validation++;
            fields.formError("Not saved: correct the values marked below, then save again.");
            cancel(monitor);
            return;
        }
        Object[] outcome = new Object[1];
        Job job = Job.create("Saving " + getPartName(), m -> {
            try {
                Opportunity saved = opportunities.save(toSave);
                outcome[0] = new LoadedOpportunity(saved, loaded.pipelines(), loaded.campaigns(),
                        opportunities.history(saved.getId()));
            } catch (RuntimeException e) {
                outcome[0] = e;
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        saving = true;
        try {
            job.schedule();
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(m -> job.join());
        } catch (InvocationTargetException | InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome[0] = new IllegalStateException("the save was interrupted", e);
        } finally {
            saving = false;
        }
        switch (outcome[0]) {
            case LoadedOpportunity saved -> saved(saved);
            case PipelineValidationException invalid -> {
                validation++; // a check still running must not clear what the save found
                fields.problems(invalid.problems());
                fields.formError("Not saved: correct the " + (invalid.problems().size() == 1 ? "value"
                        : invalid.problems().size() + " values") + " marked below, then save again.");
                cancel(monitor);
            }
            case ConcurrentChangeException conflict -> {
                cancel(monitor);
                askReload(conflict.getMessage());
            }
            case RuntimeException failed -> {
                cancel(monitor);
                MessageDialog.openError(getSite().getShell(), "Save Opportunity", "'" + getPartName()
                        + "' could not be saved: " + failed.getMessage() + "\n\nYour changes are still in the editor.");
            }
            default -> cancel(monitor);
        }
    }

    private void saved(LoadedOpportunity saved) {
        if (opportunityInput().isNew()) {
            setInputWithNotify(OpportunityEditorInput.saved(saved.opportunity().getId(), saved.opportunity().getTitle()));
        }
        setDirty(false);
        show(saved, true);
    }

    private void askReload(String why) {
        MessageDialog dialog = new MessageDialog(getSite().getShell(), "Opportunity Changed Elsewhere", null,
                why + "\n\nReload shows the other changes and discards yours. Keep My Edits leaves them in the editor,"
                        + " for you to copy what you need before reloading.",
                MessageDialog.WARNING, 0, "&Reload", "&Keep My Edits");
        if (dialog.open() == 0) {
            read(true);
        } else {
            fields.formError("Not saved: someone else changed this opportunity. Reload to see their changes.");
        }
    }

    private static void cancel(IProgressMonitor monitor) {
        if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public void doSaveAs() {
        // a deal has one record: no Save As
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (form != null) {
            form.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    /** Whether the deal has been read and is shown, for tests. */
    public boolean isShowing() {
        return loaded != null;
    }

    /** The deal as edited, for tests. */
    public Opportunity editedOpportunity() {
        return fields.edited();
    }

    /** The control of a field (e.g. {@code title}, {@code amount}), for tests. */
    public Control fieldControl(String field) {
        return fields.control(field);
    }

    /** The messages at a field, for tests. */
    public List<String> messagesAt(String field) {
        return fields.messagesAt(field);
    }

    /** The message in the form's heading, for tests. */
    public String headingMessage() {
        return form.getMessage();
    }
}
