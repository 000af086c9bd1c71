package org.rapport.community.ui.internal.contact;

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
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.Event;
import org.rapport.community.Activity;
import org.rapport.community.ActivityQuery;
import org.rapport.community.ActivityService;
import org.rapport.community.CommunityTopics;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.community.ScoreExplanation;
import org.rapport.community.ScoreService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.community.ui.internal.Selections;
import org.rapport.community.ui.internal.member.MemberView;
import org.rapport.core.PersonRef;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.Column;
import org.rapport.community.ui.internal.Tables;
import org.rapport.ui.table.PagedTable;

/**
 * The community side of the contact picked anywhere (the Contacts list, a deal, a post): whether the contact is a
 * community member, an ambassador, at which orbit level and why, and its latest community activities, so a sales rep
 * sees that a customer is also a community ambassador. Shown beside the Timeline in the Contacts perspective.
 */
public class ContactCommunityView {

    /** Latest activities shown. */
    static final int RECENT = 10;

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

    private Label header;
    private Label summary;
    private Link open;
    private PagedTable<Activity> recent;
    private LatestRequest<PersonRef> reader;
    private PersonRef person;
    private Member member;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        header.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(header);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        open = new Link(parent, SWT.NONE);
        open.setText("<a>Open in the Community perspective</a>");
        open.addListener(SWT.Selection, e -> openInCommunity());
        open.setVisible(false);
        recent = new PagedTable<>(parent, SWT.SINGLE | SWT.FULL_SELECTION, List.of(
                new Column<>("When", 90, a -> CommunityFormats.day(a.occurredAt())),
                new Column<>("Activity", 90, Activity::type),
                new Column<>("What", 220, Activity::title)));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(recent.getControl());
        header.setText("Select a contact to see whether it is a community member or ambassador.");
        if (members == null) {
            summary.setText("The community database is not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<PersonRef> named("Reading a contact's community side").on(header)
                .onError(e -> summary.setText("Could not read the community: " + UiJobs.message(e)))
                .reads((who, reply, monitor) -> {
                    Member found = members.byPerson(who.id()).orElse(null);
                    ScoreExplanation why = found == null || found.team() || scores == null ? null
                            : scores.explain(found.id()).orElse(null);
                    List<Activity> latest = found == null || activities == null ? List.of()
                            : activities.activities(ActivityQuery.ofMember(found.id()), 0, RECENT);
                    reply.show(() -> show(who, found, why, latest));
                });
        if (person != null) {
            reader.request(person);
        }
    }

    /** Follows the workbench selection: anything that is or adapts to a contact. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        PersonRef picked = Selections.person(selection);
        if (picked != null && !picked.equals(person)) {
            show(picked);
        }
    }

    /** Shows a contact's community side (what picking the contact does). */
    public void show(PersonRef picked) {
        person = picked;
        if (reader != null) {
            reader.request(picked);
        }
    }

    @Inject
    @Optional
    void communityChanged(@UIEventTopic(CommunityTopics.ALL) Event event) {
        if (person != null && reader != null && !CommunityTopics.EVENTS_CHANGED.equals(event.getTopic())) {
            reader.request(person);
        }
    }

    private void show(PersonRef who, Member found, ScoreExplanation why, List<Activity> latest) {
        member = found;
        if (found == null) {
            header.setText(who.displayName() + " is not a community member.");
            summary.setText("");
        } else {
            StringBuilder text = new StringBuilder(who.displayName()).append(" in the community");
            if (found.ambassador() != null) {
                text.append(": \u2605 ambassador");
            }
            if (found.team()) {
                text.append(" (staff)");
            } else if (why != null) {
                text.append(found.ambassador() != null ? ", " : ": ").append(CommunityFormats.level(why.level()));
            }
            header.setText(text.toString());
            summary.setText(why == null ? found.activityCount() + " activities"
                    : why.summary() + "\nPlatforms: " + CommunityFormats.platforms(found));
        }
        open.setVisible(found != null);
        Tables.show(recent, latest);
        header.getParent().layout(true, true);
    }

    private void openInCommunity() {
        if (member == null) {
            return;
        }
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                    .findPerspectiveWithId(CommunityUi.PERSPECTIVE_ID));
            page.showView(CommunityUi.MEMBER_VIEW_ID);
            org.eclipse.e4.ui.workbench.modeling.EPartService parts = page.getWorkbenchWindow()
                    .getService(org.eclipse.e4.ui.workbench.modeling.EPartService.class);
            if (parts.findPart(CommunityUi.MEMBER_VIEW_ID).getObject() instanceof MemberView view) {
                view.show(member.id());
            }
        } catch (Exception e) {
            summary.setText("Could not open the Community perspective: " + UiJobs.message(e));
        }
    }

    @Focus
    public void setFocus() {
        recent.getTable().setFocus();
    }

    /** The member shown, or {@code null} (no contact picked, or the contact is no member); for tests. */
    public Member member() {
        return member;
    }

    /** The headline as the user reads it, for tests. */
    public String headline() {
        return header.getText();
    }

    /** Whether it is reading, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }
}
