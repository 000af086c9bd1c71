package org.rapport.community.ui.internal.handlers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.community.Activity;
import org.rapport.community.ActivityType;
import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberService;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.ui.jobs.UiJobs;

/**
 * Records an activity by hand (a talk given, a meetup hosted, an article written): the member (found as the user
 * types), the type with its pillar and weight, the day, and what it was. {@link #activity()} is the activity to add.
 */
public final class AddActivityDialog extends TitleAreaDialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "Add Community Activity";
    /** Members offered for the typed words. */
    static final int MATCHES = 20;

    private final MemberService members;
    private final List<ActivityType> types;
    private final Member preselected;
    private Text memberText;
    private Combo memberCombo;
    private List<Member> found = List.of();
    private Combo typeCombo;
    private DateTime date;
    private Text title;
    private Activity activity;

    /**
     * @param types       the activity types, read before the dialog opens
     * @param preselected the member picked in the workbench, or {@code null}
     */
    public AddActivityDialog(Shell parent, MemberService members, List<ActivityType> types, Member preselected) {
        super(parent);
        this.members = members;
        this.types = List.copyOf(types);
        this.preselected = preselected;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Add an activity by hand");
        setMessage("What a member did that no feed or export shows: it counts towards the member's level at once.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText("&Member:");
        memberText = new Text(form, SWT.BORDER | SWT.SEARCH);
        memberText.setMessage("Type a name, organization or handle");
        GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(memberText);
        new Label(form, SWT.NONE);
        memberCombo = new Combo(form, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(memberCombo);
        memberCombo.addListener(SWT.Selection, e -> validate());
        memberText.addListener(SWT.Modify, e -> {
            Runnable find = this::find;
            memberText.getDisplay().timerExec(-1, find);
            memberText.getDisplay().timerExec(250, find);
        });
        new Label(form, SWT.NONE).setText("&Activity:");
        typeCombo = new Combo(form, SWT.READ_ONLY);
        for (ActivityType t : types) {
            typeCombo.add(t.name() + " (" + t.pillar().name().toLowerCase() + ", " + CommunityFormats.points(t.weight())
                    + " points)");
        }
        typeCombo.select(Math.max(0, types.stream().map(ActivityType::key).toList().indexOf("talk")));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(typeCombo);
        new Label(form, SWT.NONE).setText("&Day:");
        date = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        new Label(form, SWT.NONE).setText("&What:");
        title = new Text(form, SWT.BORDER);
        title.setMessage("e.g. Talk: Scaling Derby at FOSDEM");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        if (preselected != null) {
            found = List.of(preselected);
            memberCombo.setItems(preselected.displayName());
            memberCombo.select(0);
        }
        return area;
    }

    private void find() {
        if (memberText.isDisposed()) {
            return;
        }
        String words = memberText.getText();
        UiJobs.once("Finding members", memberCombo, () -> members.members(MemberQuery.ALL.withText(words), 0, MATCHES),
                matches -> {
                    found = matches;
                    memberCombo.setItems(matches.stream().map(m -> m.displayName()
                            + (m.organization().isEmpty() ? "" : " (" + m.organization() + ")")).toArray(String[]::new));
                    if (!matches.isEmpty()) {
                        memberCombo.select(0);
                    }
                    validate();
                }, e -> setErrorMessage("Could not find members: " + UiJobs.message(e)));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Add");
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(memberCombo.getSelectionIndex() >= 0 && !types.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        Member member = found.get(memberCombo.getSelectionIndex());
        ActivityType type = types.get(typeCombo.getSelectionIndex());
        LocalDate day = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
        activity = Activity.manual(member.id(), type, day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault())
                .toInstant(), title.getText().strip());
        super.okPressed();
    }

    /** The activity to add, or {@code null} when cancelled. */
    public Activity activity() {
        return activity;
    }

    /** Fills the form as a user would, for tests: the member typed, the type by key, the description. */
    public void fill(String memberWords, String typeKey, String what) {
        memberText.setText(memberWords);
        typeCombo.select(types.stream().map(ActivityType::key).toList().indexOf(typeKey));
        title.setText(what);
    }

    /** The members offered for the typed words, for tests. */
    public List<Member> offered() {
        return found;
    }
}
