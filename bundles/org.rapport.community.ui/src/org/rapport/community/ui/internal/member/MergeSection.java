package org.rapport.community.ui.internal.member;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.rapport.community.DuplicateMembers;
import org.rapport.community.Member;
import org.rapport.community.MemberMerge;
import org.rapport.community.MemberService;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.ui.jobs.UiJobs;

/**
 * The member's probable duplicates with the reasons, each merged into the member with one click (the member keeps every
 * identity and activity), and the merges the member survived, each undone with one click.
 */
final class MergeSection {

    /** How many suggestions of the whole community are searched for the member's. */
    static final int SUGGESTIONS_SEARCHED = 500;

    private final Link link;
    private final MemberService members;
    private final Consumer<Member> changed;
    private Member member;
    private List<DuplicateMembers> duplicates = List.of();
    private List<MemberMerge> merges = List.of();

    /**
     * @param changed called on the UI thread with the surviving member after a merge or unmerge
     */
    MergeSection(Composite parent, MemberService members, Consumer<Member> changed) {
        this.members = members;
        this.changed = changed;
        link = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(link);
        link.addListener(SWT.Selection, e -> clicked(e.text));
        link.setVisible(false); // takes no room until a member is shown
        ((GridData) link.getLayoutData()).exclude = true;
    }

    /** The member's duplicates among the community's suggestions; in a job. */
    static List<DuplicateMembers> duplicatesOf(MemberService members, long memberId) {
        return members.duplicates(SUGGESTIONS_SEARCHED).stream()
                .filter(d -> d.first().id() == memberId || d.second().id() == memberId).toList();
    }

    /** Shows what was read. */
    void show(Member shown, List<DuplicateMembers> found, List<MemberMerge> done) {
        member = shown;
        duplicates = found;
        merges = done.stream().filter(m -> m.survivorId() == shown.id() && m.undoneAt() == null).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < duplicates.size(); i++) {
            DuplicateMembers d = duplicates.get(i);
            Member other = d.first().id() == member.id() ? d.second() : d.first();
            text.append(text.isEmpty() ? "" : "\n").append("Probably also ").append(escape(other.displayName()))
                    .append(" (").append(escape(d.reasonText())).append(")  <a href=\"merge:").append(i)
                    .append("\">Merge into this member</a>");
        }
        for (int i = 0; i < merges.size(); i++) {
            MemberMerge m = merges.get(i);
            text.append(text.isEmpty() ? "" : "\n").append("Merged ").append(escape(m.mergedName())).append(" on ")
                    .append(CommunityFormats.day(m.at())).append("  <a href=\"unmerge:").append(i)
                    .append("\">Unmerge</a>");
        }
        link.setText(text.toString());
        link.setVisible(!text.isEmpty());
        ((GridData) link.getLayoutData()).exclude = text.isEmpty();
        link.getParent().layout(true, true);
    }

    private void clicked(String what) {
        if (what.startsWith("merge:")) {
            DuplicateMembers d = duplicates.get(Integer.parseInt(what.substring(6)));
            long other = d.first().id() == member.id() ? d.second().id() : d.first().id();
            long survivor = member.id();
            run("Merging members", () -> {
                members.merge(survivor, other);
                return members.member(survivor).orElseThrow();
            });
        } else if (what.startsWith("unmerge:")) {
            MemberMerge m = merges.get(Integer.parseInt(what.substring(8)));
            long survivor = member.id();
            run("Unmerging members", () -> {
                members.unmerge(m.id());
                return members.member(survivor).orElseThrow();
            });
        }
    }

    private void run(String name, java.util.concurrent.Callable<Member> work) {
        UiJobs.once(name, link, work, changed::accept, e -> link.setText(name + " failed: " + UiJobs.message(e)));
    }

    /** The text shown, for tests. */
    String text() {
        return link.getText();
    }

    /** Clicks a link of the text as a user would, for tests. */
    void click(String href) {
        clicked(href);
    }

    private static String escape(String text) {
        return text.replace("&", "&&").replace("<", "\u2039").replace(">", "\u203a");
    }
}
