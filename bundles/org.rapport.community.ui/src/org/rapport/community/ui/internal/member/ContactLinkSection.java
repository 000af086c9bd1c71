package org.rapport.community.ui.internal.member;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.rapport.community.ContactSuggestion;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.core.PersonRef;
import org.rapport.ui.RapportUi;
import org.rapport.ui.jobs.UiJobs;

/**
 * The member's link to a contact: the linked contact (open it, unlink it), or the contacts that are probably the member
 * with why, each accepted with one click; an accepted or removed link can be undone at once.
 */
final class ContactLinkSection {

    private final Link link;
    private final MemberService members;
    private final Consumer<Member> changed;
    private Member member;
    private String contactName = "";
    private List<ContactSuggestion> suggestions = List.of();
    /** What the last click did, so it can be undone: the contact linked, or the contact unlinked. */
    private Long undoUnlinkOf;
    private Long undoLinkTo;

    /**
     * @param changed called on the UI thread with the member after a link changed
     */
    ContactLinkSection(Composite parent, MemberService members, Consumer<Member> changed) {
        this.members = members;
        this.changed = changed;
        link = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(link);
        link.addListener(SWT.Selection, e -> clicked(e.text));
        link.setVisible(false); // takes no room until a member is shown
        ((GridData) link.getLayoutData()).exclude = true;
    }

    /** Shows a member's link (called from a read job's reply, with what was read). */
    void show(Member shown, String linkedName, List<ContactSuggestion> found) {
        member = shown;
        contactName = linkedName;
        suggestions = found;
        render();
    }

    /** Forgets the undo offer (another member is shown). */
    void reset() {
        undoLinkTo = null;
        undoUnlinkOf = null;
    }

    private void render() {
        StringBuilder text = new StringBuilder();
        if (member.personId() != null) {
            text.append("Contact: <a href=\"open\">").append(escape(contactName)).append("</a>   <a href=\"unlink\">Unlink</a>");
            if (undoUnlinkOf != null) {
                text.append("   <a href=\"undo\">Undo</a>");
            }
        } else if (undoLinkTo != null) {
            text.append("Unlinked.   <a href=\"undo\">Undo</a>");
        } else if (suggestions.isEmpty()) {
            text.append("Not linked to a contact; no contact has the same email or handle.");
        } else {
            text.append("Probably the same person as:");
            for (int i = 0; i < suggestions.size(); i++) {
                ContactSuggestion s = suggestions.get(i);
                text.append("\n  ").append(escape(s.person().displayName())).append(" (").append(escape(s.reason()))
                        .append(")  <a href=\"accept:").append(i).append("\">Link</a>");
            }
        }
        link.setText(text.toString());
        link.setVisible(true);
        ((GridData) link.getLayoutData()).exclude = false;
        link.getParent().layout(true, true);
    }

    private void clicked(String what) {
        if (what.startsWith("accept:")) {
            ContactSuggestion s = suggestions.get(Integer.parseInt(what.substring(7)));
            change(() -> members.linkContact(member.id(), s.person().id()), s.person().displayName());
            undoUnlinkOf = member.id();
            undoLinkTo = null;
        } else if ("unlink".equals(what)) {
            undoLinkTo = member.personId();
            undoUnlinkOf = null;
            change(() -> members.unlinkContact(member.id()), "");
        } else if ("undo".equals(what)) {
            if (undoUnlinkOf != null) {
                change(() -> members.unlinkContact(member.id()), "");
            } else if (undoLinkTo != null) {
                long personId = undoLinkTo;
                change(() -> members.linkContact(member.id(), personId), contactName);
            }
            reset();
        } else if ("open".equals(what)) {
            open(new PersonRef(member.personId(), contactName));
        }
    }

    private void change(java.util.concurrent.Callable<Member> work, String newContactName) {
        UiJobs.once("Changing a member's contact link", link, work, saved -> {
            contactName = newContactName;
            member = saved;
            render();
            changed.accept(saved);
        }, e -> link.setText("Could not change the link: " + UiJobs.message(e)));
    }

    private void open(PersonRef person) {
        try {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            handlers.executeCommand(ParameterizedCommand.generateCommand(
                    commands.getCommand(RapportUi.OPEN_PERSON_COMMAND_ID),
                    Map.of(RapportUi.OPEN_PERSON_ID_PARAMETER, Long.toString(person.id()))), null);
        } catch (Exception e) {
            link.setText("Could not open " + person.displayName() + ": " + UiJobs.message(e));
        }
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
