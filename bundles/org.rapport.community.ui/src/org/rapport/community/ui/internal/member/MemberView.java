package org.rapport.community.ui.internal.member;

import java.util.List;

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
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.community.Activity;
import org.rapport.community.ActivityQuery;
import org.rapport.community.ActivityService;
import org.rapport.community.CommunityTopics;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.community.ScoreService;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.community.ui.internal.Selections;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.Column;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * The member picked anywhere (the Members list, the connectivity graph, an event's attendees): who it is on which
 * platforms, why it has its level (per activity type, pillar and platform, and what the next level needs), its link to
 * a contact (suggestions accepted with one click, undoable), its probable duplicates (merge, unmerge) and its activity
 * stream, newest first.
 */
public class MemberView {

    /** What the view says before a member is picked. */
    static final String NOTHING = "Pick a member in the Members list or the Connectivity graph to see why it has its"
            + " level, its identities, contact and activities.";

    @Inject
    @Optional
    @Service
    private MemberService members;

    @Inject
    @Optional
    @Service
    private ActivityService activities;

    @Inject
    @Optional
    @Service
    private ScoreService scores;

    @Inject
    @Optional
    @Service
    private PersonLookup people;

    private Label name;
    private Label facts;
    private Label identities;
    private Label summary;
    private Label breakdown;
    private ContactLinkSection contactLink;
    private MergeSection merges;
    private Label activityHeader;
    private PagedTable<Activity> activityTable;
    private LatestRequest<Long> reader;
    private Long memberId;
    private MemberDetails shown;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(parent);
        name = label(parent);
        name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
        facts = label(parent);
        identities = label(parent);
        summary = label(parent);
        summary.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        breakdown = label(parent);
        contactLink = new ContactLinkSection(parent, members, this::changed);
        merges = new MergeSection(parent, members, this::changed);
        activityHeader = label(parent);
        activityTable = new PagedTable<>(parent, SWT.SINGLE | SWT.FULL_SELECTION, List.of(
                new Column<>("When", 115, a -> CommunityFormats.minute(a.occurredAt())),
                new Column<>("Activity", 100, Activity::type),
                new Column<>("Pillar", 100, a -> a.pillar().name().toLowerCase()),
                new Column<>("Platform", 80, Activity::platform),
                new Column<>("What", 300, Activity::title)));
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(activityTable.getControl());
        set(name, "");
        set(facts, "");
        set(identities, "");
        set(breakdown, "");
        set(activityHeader, "");
        summary.setText(NOTHING);
        if (members == null) {
            summary.setText("The community database is not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Long> named("Reading a community member").on(name)
                .onError(e -> summary.setText("Could not read the member: " + UiJobs.message(e)))
                .reads(this::readMember);
        if (memberId != null) {
            show(memberId);
        }
    }

    /** Sets a label's text; an empty label takes no room. */
    private static void set(Label label, String text) {
        label.setText(text);
        ((GridData) label.getLayoutData()).exclude = text.isEmpty();
        label.setVisible(!text.isEmpty());
    }

    private static Label label(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** Follows the workbench selection: a picked member. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Member picked = Selections.member(selection);
        if (picked != null && (memberId == null || memberId != picked.id())) {
            show(picked.id());
        }
    }

    @Inject
    @Optional
    void communityChanged(@UIEventTopic(CommunityTopics.ALL) Event event) {
        if (memberId == null || CommunityTopics.EVENTS_CHANGED.equals(event.getTopic())) {
            return;
        }
        Object ids = event.getProperty(CommunityTopics.IDS);
        if (!(ids instanceof long[] list) || java.util.Arrays.stream(list).anyMatch(id -> id == memberId)) {
            show(memberId);
        }
    }

    /** Shows a member (what picking it does). */
    public void show(long id) {
        boolean other = memberId == null || memberId != id;
        memberId = id;
        if (reader == null) {
            return; // not created yet, or no database: createControls shows it
        }
        if (other) {
            contactLink.reset();
        }
        reader.request(id);
    }

    private void readMember(Long id, LatestRequest.Reply reply, IProgressMonitor monitor) {
        Member member = members.member(id).orElse(null);
        if (member == null) {
            reply.show(() -> summary.setText("This member no longer exists."));
            return;
        }
        if (member.mergedInto() != null) {
            Member survivor = members.member(member.mergedInto()).orElse(member);
            member = survivor;
        }
        long shownId = member.id();
        String contactName = member.personId() == null ? ""
                : people == null ? "#" + member.personId()
                        : people.person(member.personId()).map(PersonRef::displayName).orElse("#" + member.personId());
        MemberDetails details = new MemberDetails(member,
                scores == null || member.team() ? null : scores.explain(shownId).orElse(null), contactName,
                member.personId() == null ? members.contactSuggestions(shownId) : List.of(),
                MergeSection.duplicatesOf(members, shownId), members.mergesOf(shownId));
        ActivityService service = activities;
        ActivityQuery query = ActivityQuery.ofMember(shownId);
        PageSource<Activity> source = new PageSource<>() {
            @Override
            public int count() {
                return service.count(query);
            }

            @Override
            public List<Activity> page(int offset, int limit) {
                return service.activities(query, offset, limit);
            }
        };
        int count = service == null ? 0 : service.count(query);
        List<Activity> first = service == null ? List.of() : service.activities(query, 0, activityTable.pageSize());
        reply.show(() -> showDetails(details, source, count, first));
    }

    private void showDetails(MemberDetails details, PageSource<Activity> source, int count, List<Activity> first) {
        shown = details;
        memberId = details.member().id();
        set(name, details.member().displayName());
        set(facts, details.facts());
        set(identities, details.identities());
        set(summary, details.summary());
        set(breakdown, details.breakdown());
        contactLink.show(details.member(), details.contactName(), details.suggestions());
        merges.show(details.member(), details.duplicates(), details.merges());
        set(activityHeader, count == 0 ? "No activities." : String.format("%,d activities, newest first:", count));
        activityTable.setSource(source, count, first);
        name.getParent().layout(true, true);
    }

    private void changed(Member member) {
        show(member.id());
    }

    @Focus
    public void setFocus() {
        activityTable.getTable().setFocus();
    }

    /** What is shown, or {@code null} before a member was read; for tests. */
    public MemberDetails shown() {
        return shown;
    }

    /** Whether a member is being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The explanation line as the user reads it, for tests. */
    public String summaryText() {
        return summary.getText();
    }

    /** The contact link as the user reads it, for tests. */
    public String contactLinkText() {
        return contactLink.text();
    }

    /** Clicks a link of the contact section ("accept:0", "unlink", "undo"), for tests. */
    public void clickContactLink(String href) {
        contactLink.click(href);
    }

    /** The duplicates and merges as the user reads them, for tests. */
    public String mergeText() {
        return merges.text();
    }

    /** Clicks a link of the duplicates section ("merge:0", "unmerge:0"), for tests. */
    public void clickMergeLink(String href) {
        merges.click(href);
    }

    /** The activity stream, for tests. */
    public PagedTable<Activity> activityTable() {
        return activityTable;
    }
}
