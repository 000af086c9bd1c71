package org.rapport.loyalty.ui.internal.rewards;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;
import org.rapport.core.PersonRef;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyTopics;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Redemption;
import org.rapport.loyalty.Reward;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.loyalty.ui.internal.MemberItem;
import org.rapport.loyalty.ui.internal.ProgramCombo;
import org.rapport.loyalty.ui.internal.Views;
import org.rapport.ui.jobs.UiJobs;

/**
 * The rewards catalog of a program, and redemption at the counter or on the phone: pick the member (in the Members
 * list, or a contact anywhere), pick the reward, Redeem. A refused redemption (not enough available points, out of
 * stock, not valid today) says why, in red, and writes nothing.
 */
public class RewardsView {

    static final String NO_MEMBER = "Pick a member (in Members or Contacts) to redeem for.";

    @Inject
    @Optional
    @Service
    private ProgramService programs;

    @Inject
    @Optional
    @Service
    private LedgerService ledger;

    private ProgramCombo programCombo;
    private Label memberLabel;
    private Table table;
    private Button redeem;
    private Label outcome;
    private List<Reward> rewards = List.of();
    private PersonRef member;
    private boolean reading;
    private boolean redeeming;
    private final Runnable refresh = this::readPrograms;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 4).spacing(6, 4).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText("Program:");
        programCombo = new ProgramCombo(row);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(programCombo.getControl());
        programCombo.onChange(this::readRewards);
        memberLabel = new Label(row, SWT.NONE);
        memberLabel.setText(NO_MEMBER);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(memberLabel);

        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { "Code", "90" }, { "Reward", "200" }, { "Points", "70" },
                { "In stock", "70" }, { "Valid", "170" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> redeem());

        Composite actions = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        redeem = new Button(actions, SWT.PUSH);
        redeem.setText("&Redeem");
        redeem.addListener(SWT.Selection, e -> redeem());
        outcome = new Label(actions, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(outcome);
        enable();
        if (programs == null || ledger == null) {
            outcome.setText("The loyalty database is not available; see the Error Log.");
            return;
        }
        readPrograms();
    }

    private void readPrograms() {
        if (programs == null || table.isDisposed()) {
            return;
        }
        reading = true;
        UiJobs.once("Reading loyalty programs", table, programs::programs, list -> {
            programCombo.setPrograms(list);
            programCombo.getControl().getParent().layout(true);
            readRewards();
        }, this::failed);
    }

    private void readRewards() {
        Program program = programCombo.selected();
        if (program == null) {
            showRewards(List.of());
            outcome.setText("No loyalty program yet: create one in the Programs view.");
            return;
        }
        reading = true;
        UiJobs.once("Reading rewards", table, () -> programs.rewards(program.id()), this::showRewards, this::failed);
    }

    private void failed(Exception e) {
        reading = false;
        outcome.setText("Could not read the rewards: " + UiJobs.message(e));
    }

    private void showRewards(List<Reward> list) {
        reading = false;
        String picked = selected() == null ? null : selected().code();
        rewards = List.copyOf(list);
        table.removeAll();
        LocalDate today = LocalDate.now();
        for (Reward reward : rewards) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { reward.code(), reward.name(), LoyaltyFormats.points(reward.points()),
                    reward.stock() == null ? "unlimited" : LoyaltyFormats.points(reward.stock()), validity(reward) });
            if (!reward.validOn(today) || (reward.stock() != null && reward.stock() <= 0)) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
            if (reward.code().equals(picked)) {
                table.select(table.getItemCount() - 1);
            }
        }
        enable();
    }

    /** How long a reward can be redeemed: "always", "until …", "from …" or "… to …". */
    public static String validity(Reward reward) {
        if (reward.validFrom() == null && reward.validTo() == null) {
            return "always";
        }
        if (reward.validFrom() == null) {
            return "until " + LoyaltyFormats.date(reward.validTo());
        }
        return reward.validTo() == null ? "from " + LoyaltyFormats.date(reward.validFrom())
                : LoyaltyFormats.date(reward.validFrom()) + " to " + LoyaltyFormats.date(reward.validTo());
    }

    private Reward selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= rewards.size() ? null : rewards.get(index);
    }

    private void enable() {
        redeem.setEnabled(member != null && selected() != null && !redeeming);
        redeem.setText(member == null ? "&Redeem" : "&Redeem for " + member.displayName());
        redeem.getParent().layout(true);
    }

    /** Follows the picked member or contact. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        MemberItem item = Views.member(selection);
        PersonRef person = item != null ? item.person() : Views.person(selection);
        if (person != null) {
            showMember(item != null ? Long.valueOf(item.programId()) : null, person);
        }
    }

    /** Redeems for this person, in this program ({@code null}: the one picked). */
    public void showMember(Long programId, PersonRef person) {
        member = person;
        if (memberLabel == null || memberLabel.isDisposed()) {
            return;
        }
        memberLabel.setText("Redeem for: " + person.displayName());
        memberLabel.getParent().layout(true);
        outcome.setText("");
        if (programId != null) {
            if (programCombo.want(programId)) {
                readRewards();
            } else {
                readPrograms(); // created since the programs were read
            }
        }
        enable();
    }

    /** Redeems the picked reward for the member, today; shows what happened. */
    public void redeem() {
        Reward reward = selected();
        Program program = programCombo.selected();
        if (reward == null || program == null || member == null || redeeming) {
            return;
        }
        PersonRef person = member;
        redeeming = true;
        enable();
        outcome.setForeground(null);
        outcome.setText("Redeeming\u2026");
        UiJobs.once("Redeeming " + reward.code(), table,
                () -> ledger.redeem(program.id(), person.id(), reward.code(), LocalDate.now()),
                redemption -> redeemed(person, reward, redemption), e -> {
                    redeeming = false;
                    refused(UiJobs.message(e));
                });
    }

    private void redeemed(PersonRef person, Reward reward, Redemption redemption) {
        redeeming = false;
        if (redemption.redeemed()) {
            outcome.setForeground(null);
            outcome.setText(reward.name() + " redeemed for " + person.displayName() + ": "
                    + LoyaltyFormats.signedPoints(redemption.entry().points()) + " points.");
            readRewards(); // the stock changed
        } else {
            refused(redemption.refusal());
        }
        enable();
        outcome.getParent().layout(true);
    }

    private void refused(String reason) {
        outcome.setForeground(outcome.getDisplay().getSystemColor(SWT.COLOR_RED));
        outcome.setText("Not redeemed: " + reason);
        outcome.getParent().layout(true);
        enable();
    }

    @Inject
    @Optional
    void programsChanged(@UIEventTopic(LoyaltyTopics.PROGRAMS_CHANGED) Event event) {
        if (table != null) {
            Views.soon(table, 300, refresh);
        }
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    /** Picks a reward by code; for tests. */
    public boolean pick(String code) {
        for (int i = 0; i < rewards.size(); i++) {
            if (rewards.get(i).code().equalsIgnoreCase(code)) {
                table.select(i);
                enable();
                return true;
            }
        }
        return false;
    }

    /** Whether the rewards are being read or a redemption runs, for tests. */
    public boolean isBusy() {
        return reading || redeeming;
    }

    /** What the last redemption said, for tests. */
    public String outcome() {
        return outcome.getText();
    }

    /** The rewards shown, for tests. */
    public List<Reward> rewards() {
        return rewards;
    }

    /** The table, for tests. */
    public Table table() {
        return table;
    }
}
