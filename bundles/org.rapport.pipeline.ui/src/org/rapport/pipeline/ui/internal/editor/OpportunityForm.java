package org.rapport.pipeline.ui.internal.editor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.StageVisit;
import org.rapport.pipeline.campaigns.Campaign;

/**
 * The opportunity editor's form: the deal's fields, their messages (what the service finds wrong, and values the form
 * cannot read, such as a date written wrongly) at the fields and in the heading, and the stage history below.
 */
final class OpportunityForm {

    static final String[] CURRENCIES = { "EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "JPY" };
    static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final ScrolledForm form;
    private final FormToolkit toolkit;
    private final ContactsLookup contacts;
    private final Runnable changed;
    private final Map<String, Control> controls = new HashMap<>();
    private final Map<String, String> unreadable = new LinkedHashMap<>();
    private List<FieldProblem> problems = List.of();
    private String formError;
    private Text title;
    private Label personLabel;
    private Label organizationLabel;
    private Text amount;
    private Combo currency;
    private Combo stage;
    private Button override;
    private Spinner probability;
    private Text close;
    private Text owner;
    private Combo campaign;
    private Text nextStep;
    private Text lostReason;
    private Table history;
    private Opportunity base;
    private PersonRef person;
    private Long organizationId;
    private String organizationName = "";
    private List<Stage> stages = List.of();
    private List<Campaign> campaigns = List.of();
    private boolean showing;

    OpportunityForm(ScrolledForm form, FormToolkit toolkit, ContactsLookup contacts, Runnable changed) {
        this.form = form;
        this.toolkit = toolkit;
        this.contacts = contacts;
        this.changed = changed;
        create();
    }

    private void create() {
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(16, 10).equalWidth(true).applyTo(body);
        Composite deal = section(body, "Deal");
        title = text(deal, "Title:", "title", "What is sold, e.g. Annual licence for ACME");
        personLabel = picker(deal, "Person:", "person", this::choosePerson);
        organizationLabel = picker(deal, "Organization:", "organization", this::chooseOrganization);
        label(deal, "Amount:");
        Composite money = toolkit.createComposite(deal);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(money);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(money);
        amount = toolkit.createText(money, "", SWT.BORDER | SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(amount);
        amount.addListener(SWT.Modify, e -> fieldChanged());
        controls.put("amount", amount);
        currency = new Combo(money, SWT.DROP_DOWN);
        currency.setItems(CURRENCIES);
        currency.addListener(SWT.Modify, e -> fieldChanged());
        controls.put("currency", currency);
        owner = text(deal, "Owner:", "owner", "The rep's user name");
        Composite progress = section(body, "Progress");
        label(progress, "Stage:");
        stage = new Combo(progress, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stage);
        stage.addListener(SWT.Selection, e -> fieldChanged());
        controls.put("stageId", stage);
        label(progress, "Probability:");
        Composite chance = toolkit.createComposite(progress);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(chance);
        override = toolkit.createButton(chance, "Override the stage's", SWT.CHECK);
        override.addListener(SWT.Selection, e -> fieldChanged());
        probability = new Spinner(chance, SWT.BORDER);
        probability.setValues(0, 0, 100, 0, 5, 10);
        probability.addListener(SWT.Modify, e -> fieldChanged());
        controls.put("probability", probability);
        close = text(progress, "Expected close:", "expectedClose", "yyyy-mm-dd");
        nextStep = text(progress, "Next step:", "nextStep", "e.g. Send the revised proposal");
        label(progress, "Source campaign:");
        campaign = new Combo(progress, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(campaign);
        campaign.addListener(SWT.Selection, e -> fieldChanged());
        controls.put("sourceCampaignId", campaign);
        lostReason = text(progress, "Lost because:", "lostReason", "Why it was lost (when in the lost stage)");
        Section historySection = toolkit.createSection(body, Section.TITLE_BAR);
        historySection.setText("Stage history");
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(historySection);
        history = toolkit.createTable(historySection, SWT.FULL_SELECTION | SWT.BORDER);
        history.setHeaderVisible(true);
        for (String[] c : new String[][] { { "Stage", "160" }, { "Entered", "150" }, { "Left", "150" }, { "By", "120" } }) {
            TableColumn column = new TableColumn(history, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        historySection.setClient(history);
        GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 120).applyTo(history);
    }

    private Composite section(Composite parent, String text) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR);
        section.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(client);
        section.setClient(client);
        return client;
    }

    private void label(Composite parent, String text) {
        toolkit.createLabel(parent, text);
    }

    private Text text(Composite parent, String label, String field, String hint) {
        label(parent, label);
        Text text = toolkit.createText(parent, "", SWT.BORDER);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> fieldChanged());
        controls.put(field, text);
        return text;
    }

    private Label picker(Composite parent, String label, String field, Runnable choose) {
        label(parent, label);
        Composite row = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Label shown = toolkit.createLabel(row, "", SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(shown);
        Button pick = toolkit.createButton(row, "Choose...", SWT.PUSH);
        pick.addListener(SWT.Selection, e -> choose.run());
        Button clear = toolkit.createButton(row, "Clear", SWT.PUSH);
        clear.addListener(SWT.Selection, e -> {
            if ("person".equals(field)) {
                person = null;
            } else {
                organizationId = null;
                organizationName = "";
            }
            showContacts();
            fieldChanged();
        });
        controls.put(field, shown);
        return shown;
    }

    private void choosePerson() {
        ContactPickerDialog<PersonRef> dialog = new ContactPickerDialog<>(form.getShell(), "person", contacts.canSearch(),
                prefix -> contacts.people(prefix, ContactPickerDialog.LIMIT), PersonRef::displayName,
                id -> new PersonRef(id, "Person #" + id));
        if (dialog.open() == Window.OK) {
            person = dialog.chosen();
            showContacts();
            fieldChanged();
        }
    }

    private void chooseOrganization() {
        ContactPickerDialog<OrganizationRef> dialog = new ContactPickerDialog<>(form.getShell(),
                "organization", contacts.canSearch(), prefix -> contacts.organizations(prefix, ContactPickerDialog.LIMIT),
                OrganizationRef::name, id -> new OrganizationRef(id, "Organization #" + id));
        if (dialog.open() == Window.OK) {
            organizationId = dialog.chosen().id();
            organizationName = dialog.chosen().name();
            showContacts();
            fieldChanged();
        }
    }

    private void showContacts() {
        personLabel.setText(person == null ? "(none)" : person.displayName());
        organizationLabel.setText(organizationId == null ? "(none)" : organizationName);
        personLabel.getParent().layout(true);
        organizationLabel.getParent().layout(true);
    }

    /** Shows an opportunity as read or saved, with the choices and the history. */
    void show(Opportunity opportunity, List<Pipeline> pipelines, List<Campaign> allCampaigns, List<StageVisit> visits) {
        showing = false;
        base = opportunity.copy();
        Pipeline pipeline = pipelines.stream().filter(p -> p.stage(opportunity.getStageId()).isPresent()).findFirst()
                .orElse(pipelines.isEmpty() ? null : pipelines.get(0));
        stages = pipeline == null ? List.of() : pipeline.stages();
        campaigns = allCampaigns;
        title.setText(opportunity.getTitle());
        person = opportunity.getPerson();
        organizationId = opportunity.getOrganizationId();
        organizationName = opportunity.getOrganizationName();
        showContacts();
        amount.setText(opportunity.getAmount().stripTrailingZeros().toPlainString());
        currency.setText(opportunity.getCurrency());
        stage.setItems(stages.stream().map(s -> s.name() + (s.kind() == StageKind.OPEN ? " (" + s.probability() + "%)" : ""))
                .toArray(String[]::new));
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id() == opportunity.getStageId()) {
                stage.select(i);
            }
        }
        override.setSelection(opportunity.getProbabilityOverride() != null);
        probability.setSelection(opportunity.getProbabilityOverride() != null ? opportunity.getProbabilityOverride()
                : opportunity.getProbability());
        close.setText(opportunity.getExpectedClose() == null ? "" : opportunity.getExpectedClose().toString());
        owner.setText(opportunity.getOwner());
        List<String> names = new ArrayList<>(List.of("(none)"));
        campaigns.forEach(c -> names.add(c.getName()));
        campaign.setItems(names.toArray(String[]::new));
        campaign.select(0);
        for (int i = 0; i < campaigns.size(); i++) {
            if (Objects.equals(campaigns.get(i).getId(), opportunity.getSourceCampaignId())) {
                campaign.select(i + 1);
            }
        }
        nextStep.setText(opportunity.getNextStep());
        lostReason.setText(opportunity.getLostReason());
        history.removeAll();
        for (StageVisit visit : visits) {
            new TableItem(history, SWT.NONE).setText(new String[] { visit.stageName(), HISTORY_TIME.format(visit.enteredAt()),
                    visit.leftAt() == null ? "(now)" : HISTORY_TIME.format(visit.leftAt()), visit.changedBy() });
        }
        unreadable.clear();
        showing = true;
        updateEnablement();
        form.reflow(true);
    }

    private void fieldChanged() {
        if (showing) {
            updateEnablement();
            changed.run();
        }
    }

    private void updateEnablement() {
        probability.setEnabled(override.getSelection());
        Stage chosen = chosenStage();
        lostReason.setEnabled(chosen != null && chosen.kind() == StageKind.LOST);
        if (!override.getSelection() && chosen != null) {
            probability.setSelection(chosen.probability());
        }
    }

    private Stage chosenStage() {
        int index = stage.getSelectionIndex();
        return index < 0 || index >= stages.size() ? null : stages.get(index);
    }

    /** The opportunity as edited: the read one with the form's values; unreadable values are noted, not applied. */
    Opportunity edited() {
        Opportunity o = base.copy();
        unreadable.clear();
        o.setTitle(title.getText().trim());
        o.setPerson(person);
        o.setOrganization(organizationId, organizationName);
        try {
            o.setAmount(new BigDecimal(amount.getText().trim().replace(",", "")));
        } catch (NumberFormatException e) {
            unreadable.put("amount", "'" + amount.getText().trim() + "' is not an amount; write it like 12500 or 12500.50.");
        }
        o.setCurrency(currency.getText().trim().toUpperCase());
        Stage chosen = chosenStage();
        if (chosen != null) {
            o.setStageId(chosen.id());
        }
        o.setProbabilityOverride(override.getSelection() ? probability.getSelection() : null);
        String date = close.getText().trim();
        try {
            o.setExpectedClose(date.isEmpty() ? null : LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            unreadable.put("expectedClose", "'" + date + "' is not a date; write it as year-month-day, e.g. 2026-03-31.");
        }
        o.setOwner(owner.getText().trim());
        int c = campaign.getSelectionIndex();
        o.setSourceCampaignId(c <= 0 || c > campaigns.size() ? null : campaigns.get(c - 1).getId());
        o.setNextStep(nextStep.getText().trim());
        o.setLostReason(lostReason.getText().trim());
        return o;
    }

    /** What the service found wrong, replacing what it found before. */
    void problems(List<FieldProblem> found) {
        problems = List.copyOf(found);
        updateMessages();
    }

    /** A message about the whole form (why it was not saved), or {@code null}. */
    void formError(String message) {
        formError = message;
        updateMessages();
    }

    boolean hasErrors() {
        return !unreadable.isEmpty() || !problems.isEmpty();
    }

    void updateMessages() {
        IMessageManager manager = form.getMessageManager();
        manager.setAutoUpdate(false);
        try {
            manager.removeAllMessages();
            int key = 0;
            for (Map.Entry<String, String> e : unreadable.entrySet()) {
                manager.addMessage(key++, e.getValue(), null, IMessageProvider.ERROR, controls.get(e.getKey()));
            }
            for (FieldProblem problem : problems) {
                Control control = controls.get(problem.field());
                if (control == null) {
                    manager.addMessage(key++, problem.message(), null, IMessageProvider.ERROR);
                } else {
                    manager.addMessage(key++, problem.message(), null, IMessageProvider.ERROR, control);
                }
            }
            if (formError != null) {
                manager.addMessage(key, formError, null, IMessageProvider.ERROR);
            }
        } finally {
            manager.setAutoUpdate(true);
        }
    }

    /** The messages of a field (unreadable value or service problem), for tests. */
    List<String> messagesAt(String field) {
        List<String> messages = new ArrayList<>();
        if (unreadable.containsKey(field)) {
            messages.add(unreadable.get(field));
        }
        problems.stream().filter(p -> p.field().equals(field)).forEach(p -> messages.add(p.message()));
        return messages;
    }

    /** The control of a field, for tests. */
    Control control(String field) {
        return controls.get(field);
    }

    void setEnabled(boolean enabled) {
        form.getBody().setEnabled(enabled);
    }
}
