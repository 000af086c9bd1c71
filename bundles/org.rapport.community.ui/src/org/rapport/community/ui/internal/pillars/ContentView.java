package org.rapport.community.ui.internal.pillars;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.rapport.community.CommunityEvent;
import org.rapport.community.CommunityTopics;
import org.rapport.community.EventService;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.community.Pillar;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.ui.table.Column;

/**
 * The content pillar: what members created in the last six months (talks, articles, code, videos, posts), most
 * engaging first: a feed post's replies, reposts and likes, a talk's audience at its event. A picked item picks its
 * member.
 */
public class ContentView {

    /** How far back content is listed. */
    static final Duration PERIOD = Duration.ofDays(183);
    /** At most this many items are read (newest first). */
    static final int MAX_ITEMS = 500;

    @Inject
    @Optional
    @Service
    private ActivityService activities;

    @Inject
    @Optional
    @Service
    private MemberService members;

    @Inject
    @Optional
    @Service
    private EventService events;

    @Inject
    private ESelectionService selectionService;

    private PillarList<Item> list;

    @PostConstruct
    public void createControls(Composite parent) {
        boolean ready = activities != null && members != null;
        list = new PillarList<>(parent, "Reading the community's content", List.of(
                new Column<>("When", 90, i -> CommunityFormats.day(i.activity().occurredAt())),
                new Column<>("Member", 150, i -> i.member().displayName()),
                new Column<>("Kind", 90, i -> i.activity().type()),
                new Column<>("Engagement", 160, Item::engagementText),
                new Column<>("What", 360, i -> i.activity().title())),
                ready ? this::readItems : null,
                rows -> rows.isEmpty() ? "Members created nothing in the last six months: talks, articles and posts"
                        + " appear here." : rows.size() + " items members created in the last six months, most engaging first.");
        list.table().getTable().addListener(SWT.Selection, e -> {
            List<Item> rows = list.table().selectedRows();
            if (!rows.isEmpty()) {
                selectionService.setSelection(new StructuredSelection(rows.get(0).member()));
            }
        });
        if (!ready) {
            list.say("The community database is not available; see the Error Log.");
            return;
        }
        list.read();
    }

    private List<Item> readItems() {
        ActivityQuery query = new ActivityQuery(null, Pillar.CONTENT, "", "", null, Instant.now().minus(PERIOD), null);
        Map<Long, Member> memberCache = new HashMap<>();
        Map<Long, CommunityEvent> eventCache = new HashMap<>();
        FeedPosts feed = FeedPosts.find();
        List<Item> items = new ArrayList<>();
        for (Activity a : activities.activities(query, 0, MAX_ITEMS)) {
            Member member = memberCache.computeIfAbsent(a.memberId(), id -> members.member(id).orElse(null));
            if (member == null) {
                continue;
            }
            int engagement = -1;
            String text = "";
            if (a.feedPostId() != null && feed != null) {
                FeedPosts.PostInfo post = feed.post(a.feedPostId()).orElse(null);
                if (post != null) {
                    engagement = post.replies() + post.reposts() + post.likes();
                    text = String.format("%d replies, %d reposts, %d likes", post.replies(), post.reposts(),
                            post.likes());
                }
            } else if (a.eventId() != null && events != null) {
                CommunityEvent event = eventCache.computeIfAbsent(a.eventId(), id -> events.event(id).orElse(null));
                if (event != null) {
                    engagement = event.attended();
                    text = event.attended() + " attended " + event.name();
                }
            }
            items.add(new Item(a, member, engagement, text));
        }
        items.sort(Comparator.comparingInt((Item i) -> -i.engagement())
                .thenComparing(i -> i.activity().occurredAt(), Comparator.reverseOrder()));
        return items;
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

    /** The items shown, for tests. */
    public List<Item> items() {
        return list.rows();
    }

    /** Whether it is reading, for tests. */
    public boolean isReading() {
        return list.isReading();
    }

    /**
     * Something a member created.
     *
     * @param activity       the activity that records it
     * @param member         who created it
     * @param engagement     how much engagement it drew (−1 when unknown)
     * @param engagementText the engagement as the user reads it
     */
    public record Item(Activity activity, Member member, int engagement, String engagementText) {
    }
}
