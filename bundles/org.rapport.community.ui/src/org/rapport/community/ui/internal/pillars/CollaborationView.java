package org.rapport.community.ui.internal.pillars;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.service.event.Event;
import org.rapport.community.CommunityEvent;
import org.rapport.community.CommunityTopics;
import org.rapport.community.EventService;
import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberService;
import org.rapport.community.Registration;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;

/**
 * The collaboration pillar: the latest events with who took part, and the groups members form (the organizations they
 * belong to, the tags they share) with their members. A picked participant picks the member.
 */
public class CollaborationView {

    /** Latest events listed with their participants. */
    static final int EVENTS = 10;
    /** Groups are formed from at most this many members, the most recently active. */
    static final int MEMBERS_GROUPED = 5_000;

    @Inject
    @Optional
    @Service
    private EventService events;

    @Inject
    @Optional
    @Service
    private MemberService members;

    @Inject
    private ESelectionService selectionService;

    private Label status;
    private Tree tree;
    private LatestRequest<Void> reader;
    private List<Section> shown = List.of();
    private final Runnable refresh = this::read;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).hint(200, SWT.DEFAULT).applyTo(status);
        tree = new Tree(parent, SWT.SINGLE | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        column("Event, group or member", 320);
        column("Participants", 90);
        column("Detail", 240);
        tree.addListener(SWT.Selection, e -> picked((TreeItem) e.item));
        if (events == null || members == null) {
            status.setText("The community database is not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Void> named("Reading the community's events and groups").on(status)
                .onError(e -> status.setText("Could not read: " + UiJobs.message(e)))
                .reads((none, reply, monitor) -> {
                    List<Section> sections = List.of(readEvents(), groups("Organizations", true), groups("Tags", false));
                    reply.show(() -> show(sections));
                });
        read();
    }

    private void column(String title, int width) {
        TreeColumn column = new TreeColumn(tree, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    private void read() {
        if (reader != null && !status.isDisposed()) {
            reader.request(null);
        }
    }

    private Section readEvents() {
        List<Group> groups = new ArrayList<>();
        for (CommunityEvent event : events.events(0, EVENTS)) {
            List<Participant> people = events.registrations(event.id()).stream()
                    .sorted(Comparator.comparing((Registration r) -> !r.attended()).thenComparing(Registration::memberName))
                    .map(r -> new Participant(r.memberId(), r.memberName(), r.attended() ? "attended" : "registered"))
                    .toList();
            groups.add(new Group(event.name(), CommunityFormats.day(event.startsAt()) + ", "
                    + event.kind().name().toLowerCase() + ", " + event.attended() + " attended", people));
        }
        return new Section("Events", groups);
    }

    /** Members grouped by organization or by tag; groups of one are no collaboration and are left out. */
    private Section groups(String title, boolean byOrganization) {
        Map<String, List<Participant>> byGroup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        MemberQuery query = MemberQuery.ALL.withSort(MemberQuery.Sort.LAST_ACTIVE);
        for (Member m : members.members(query, 0, MEMBERS_GROUPED)) {
            List<String> keys = byOrganization ? (m.organization().isBlank() ? List.of() : List.of(m.organization()))
                    : m.tags();
            for (String key : keys) {
                byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(new Participant(m.id(), m.displayName(),
                        "last active " + CommunityFormats.day(m.lastActive())));
            }
        }
        List<Group> groups = byGroup.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparingInt(e -> -e.getValue().size()))
                .map(e -> new Group(e.getKey(), "", e.getValue())).toList();
        return new Section(title, groups);
    }

    private void show(List<Section> sections) {
        shown = sections;
        tree.setRedraw(false);
        try {
            tree.removeAll();
            for (Section section : sections) {
                TreeItem top = new TreeItem(tree, SWT.NONE);
                top.setText(new String[] { section.title(), Integer.toString(section.groups().size()), "" });
                for (Group group : section.groups()) {
                    TreeItem item = new TreeItem(top, SWT.NONE);
                    item.setText(new String[] { group.name(), Integer.toString(group.participants().size()),
                            group.detail() });
                    for (Participant p : group.participants()) {
                        TreeItem leaf = new TreeItem(item, SWT.NONE);
                        leaf.setText(new String[] { p.name(), "", p.detail() });
                        leaf.setData(p);
                    }
                }
                top.setExpanded(true);
            }
        } finally {
            tree.setRedraw(true);
        }
        long events = sections.get(0).groups().size();
        long groups = sections.stream().skip(1).mapToLong(s -> s.groups().size()).sum();
        status.setText(events == 0 && groups == 0 ? "No events or groups yet."
                : String.format("The latest %d events with who took part, and %d groups of members (organizations,"
                        + " shared tags).", events, groups));
        status.getParent().layout(true);
    }

    private void picked(TreeItem item) {
        if (item != null && item.getData() instanceof Participant p) {
            UiJobs.once("Reading a community member", tree, () -> members.member(p.memberId()).orElse(null), m -> {
                if (m != null) {
                    selectionService.setSelection(new StructuredSelection(m));
                }
            }, e -> status.setText(UiJobs.message(e)));
        }
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(CommunityTopics.ALL) Event event) {
        if (status != null && !status.isDisposed()) {
            status.getDisplay().timerExec(-1, refresh);
            status.getDisplay().timerExec(1_000, refresh);
        }
    }

    @Focus
    public void setFocus() {
        tree.setFocus();
    }

    /** What is shown, for tests. */
    public List<Section> sections() {
        return shown;
    }

    /** Whether it is reading, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** A part of the tree: events, organizations or tags. */
    public record Section(String title, List<Group> groups) {
    }

    /** An event or a group with its participants. */
    public record Group(String name, String detail, List<Participant> participants) {
    }

    /** A member taking part. */
    public record Participant(long memberId, String name, String detail) {
    }
}
