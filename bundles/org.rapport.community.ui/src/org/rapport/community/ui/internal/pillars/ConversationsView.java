package org.rapport.community.ui.internal.pillars;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.event.Event;
import org.rapport.community.Activity;
import org.rapport.community.ActivityQuery;
import org.rapport.community.ActivityService;
import org.rapport.community.CommunityTopics;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.community.Pillar;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.Column;

/**
 * The conversation pillar: threads members started in the social feed that nobody answered yet, oldest first, so the
 * community manager answers those waiting longest. Double-click marks a thread answered. Needs the social feed.
 */
public class ConversationsView {

    /** How far back threads are looked for. */
    static final Duration PERIOD = Duration.ofDays(30);
    /** At most this many conversation activities are looked at (newest first). */
    static final int MAX_ACTIVITIES = 2_000;

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

    private PillarList<Waiting> list;

    @PostConstruct
    public void createControls(Composite parent) {
        boolean ready = activities != null && members != null;
        list = new PillarList<>(parent, "Reading the conversations waiting for an answer", List.of(
                new Column<>("Waiting since", 115, w -> CommunityFormats.minute(w.post().published())),
                new Column<>("Member", 150, w -> w.member().displayName()),
                new Column<>("Network", 80, w -> w.post().network()),
                new Column<>("Replies", 60, w -> Integer.toString(w.post().replies())),
                new Column<>("Post", 420, w -> CommunityFormats.firstLine(w.post().text()))),
                ready ? this::readWaiting : null,
                rows -> rows.isEmpty() ? "No member's thread of the last 30 days is waiting for an answer."
                        : rows.size() + " threads by members wait for an answer, oldest first."
                                + " Double-click one you answered to mark it.");
        list.table().getTable().addListener(SWT.Selection, e -> picked());
        list.table().getTable().addListener(SWT.DefaultSelection, e -> markAnswered());
        if (!ready) {
            list.say("The community database is not available; see the Error Log.");
            return;
        }
        list.read();
    }

    private List<Waiting> readWaiting() {
        FeedPosts feed = FeedPosts.find();
        if (feed == null) {
            throw new IllegalStateException("conversations come from the social feed, which is not installed");
        }
        ActivityQuery query = new ActivityQuery(null, Pillar.CONVERSATION, "", "", null,
                Instant.now().minus(PERIOD), null);
        Set<Long> seenPosts = new HashSet<>();
        Map<Long, Member> memberCache = new HashMap<>();
        List<Waiting> waiting = new ArrayList<>();
        for (Activity a : activities.activities(query, 0, MAX_ACTIVITIES)) {
            if (a.feedPostId() == null || !seenPosts.add(a.feedPostId())) {
                continue;
            }
            FeedPosts.PostInfo post = feed.post(a.feedPostId()).orElse(null);
            if (post == null || post.answered() || post.reply()) {
                continue;
            }
            Member member = memberCache.computeIfAbsent(a.memberId(), id -> members.member(id).orElse(null));
            if (member != null && !member.team()) {
                waiting.add(new Waiting(member, post));
            }
        }
        waiting.sort(java.util.Comparator.comparing(w -> w.post().published()));
        return waiting;
    }

    private void picked() {
        List<Waiting> rows = list.table().selectedRows();
        if (!rows.isEmpty()) {
            selectionService.setSelection(new StructuredSelection(rows.get(0).member()));
        }
    }

    private void markAnswered() {
        List<Waiting> rows = list.table().selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        long postId = rows.get(0).post().id();
        UiJobs.once("Marking a conversation answered", list.table().getTable(), () -> {
            FeedPosts feed = FeedPosts.find();
            if (feed != null) {
                feed.markAnswered(postId);
            }
            return postId;
        }, id -> list.read(), e -> list.say("Could not mark it answered: " + UiJobs.message(e)));
    }

    @Inject
    @Optional
    void activitiesChanged(@UIEventTopic(CommunityTopics.ACTIVITIES_CHANGED) Event event) {
        if (list != null) {
            list.readSoon();
        }
    }

    @Focus
    public void setFocus() {
        list.table().getTable().setFocus();
    }

    /** The threads shown, for tests. */
    public List<Waiting> waiting() {
        return list.rows();
    }

    /** Whether it is reading, for tests. */
    public boolean isReading() {
        return list.isReading();
    }

    /**
     * A thread a member started that waits for an answer.
     *
     * @param member who started it
     * @param post   its first post
     */
    public record Waiting(Member member, FeedPosts.PostInfo post) {
    }
}
