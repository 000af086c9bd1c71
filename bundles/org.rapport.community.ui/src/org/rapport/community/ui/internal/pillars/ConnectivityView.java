package org.rapport.community.ui.internal.pillars;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.community.Activity;
import org.rapport.community.ActivityQuery;
import org.rapport.community.ActivityService;
import org.rapport.community.CommunityTopics;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.community.ui.internal.Selections;
import org.rapport.community.ui.internal.graph.ConnectionGraph;
import org.rapport.community.ui.internal.graph.GraphCanvas;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;

/**
 * The connectivity pillar: the most connected members of the last 90 days as a graph, a line for who replied to,
 * mentioned or met whom, as thick as the connection is strong. A click on a member picks it (the Member view shows it).
 */
public class ConnectivityView {

    /** Members drawn: enough to see the core of the community, few enough to read their names. */
    static final int MAX_MEMBERS = 40;
    /** The period whose connections are drawn. */
    static final Duration PERIOD = Duration.ofDays(90);
    /** At most this many activities are read for the graph (newest first), so a huge community stays quick. */
    static final int MAX_ACTIVITIES = 50_000;
    private static final int PAGE = 5_000;

    @Inject
    @Optional
    @Service
    private ActivityService activities;

    @Inject
    @Optional
    @Service
    private MemberService members;

    @Inject
    private ESelectionService selectionService;

    private GraphCanvas canvas;
    private Label status;
    private LatestRequest<Instant> reader;
    private final Map<Long, Member> shownMembers = new HashMap<>();
    private final Runnable refresh = this::read;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).hint(200, SWT.DEFAULT).applyTo(status);
        canvas = new GraphCanvas(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.getControl());
        canvas.onPick(this::picked);
        if (activities == null || members == null) {
            status.setText("The community database is not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Instant> named("Reading the community's connections").on(status)
                .onError(e -> status.setText("Could not read the connections: " + UiJobs.message(e)))
                .reads(this::readGraph);
        read();
    }

    private void read() {
        if (reader != null && !status.isDisposed()) {
            status.setText("Reading\u2026");
            reader.request(Instant.now());
        }
    }

    private void readGraph(Instant now, LatestRequest.Reply reply, IProgressMonitor monitor) {
        ActivityQuery query = ActivityQuery.ALL.between(now.minus(PERIOD), null);
        List<long[]> connections = new ArrayList<>();
        for (int offset = 0; offset < MAX_ACTIVITIES && reply.isCurrent() && !monitor.isCanceled(); offset += PAGE) {
            List<Activity> page = activities.activities(query, offset, PAGE);
            for (Activity a : page) {
                if (a.targetMemberId() != null) {
                    connections.add(new long[] { a.memberId(), a.targetMemberId() });
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        ConnectionGraph graph = ConnectionGraph.of(connections, MAX_MEMBERS);
        Map<Long, Member> found = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Member m : members.members(graph.nodes().stream().map(ConnectionGraph.Node::memberId).toList())) {
            found.put(m.id(), m);
            names.put(m.id(), m.displayName());
        }
        ConnectionGraph named = graph.named(names);
        int total = connections.size();
        reply.show(() -> show(named, found, total));
    }

    private void show(ConnectionGraph graph, Map<Long, Member> found, int connections) {
        shownMembers.clear();
        shownMembers.putAll(found);
        canvas.show(graph);
        status.setText(graph.nodes().isEmpty()
                ? "No connections in the last 90 days: replies, mentions and shared events between members draw them."
                : String.format("The %d most connected members of the last 90 days (%,d replies, mentions and"
                        + " meetings). Click a member to see it.", graph.nodes().size(), connections));
        status.getParent().layout(true);
    }

    private void picked(long memberId) {
        Member member = shownMembers.get(memberId);
        if (member != null) {
            selectionService.setSelection(new StructuredSelection(member));
        }
    }

    /** Rings the member picked elsewhere (the Members list, an event) when it is in the graph. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Member member = Selections.member(selection);
        if (member != null && canvas != null && !canvas.getControl().isDisposed()) {
            canvas.pick(member.id());
        }
    }

    @Inject
    @Optional
    void activitiesChanged(@UIEventTopic(CommunityTopics.ACTIVITIES_CHANGED) Event event) {
        if (status != null && !status.isDisposed()) {
            status.getDisplay().timerExec(-1, refresh);
            status.getDisplay().timerExec(1_000, refresh);
        }
    }

    @Focus
    public void setFocus() {
        canvas.getControl().setFocus();
    }

    /** The graph canvas, for tests. */
    public GraphCanvas canvas() {
        return canvas;
    }

    /** Whether the graph is being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The line above the graph, for tests. */
    public String status() {
        return status.getText();
    }
}
