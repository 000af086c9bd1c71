package org.rapport.feed.ui.internal.post;

import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;
import org.rapport.feed.SentimentLabel;
import org.rapport.ui.RapportUi;
import org.rapport.ui.jobs.UiJobs;

/**
 * What a rep does with a post: mark its conversation as answered (or not), add its author as a contact or link them to
 * one (a person picker over the person lookup), open a case from a negative post of a known customer (only while the
 * pipeline is installed), open the author's contact and the post in the browser. Writes run in jobs; the post is read
 * again after.
 */
public final class PostActions {

    private final FeedService feed;
    private final PersonLookup people;
    private final Supplier<Post> shown;
    private final Consumer<PostView.Loaded> reshow;
    private final Composite row;
    private final Button answered;
    private final Button addContact;
    private final Button linkContact;
    private final Button createCase;
    private final Label status;
    private long shownId;

    PostActions(Composite parent, FeedService feed, PersonLookup people, Supplier<Post> shown,
            Consumer<PostView.Loaded> reshow) {
        this.feed = feed;
        this.people = people;
        this.shown = shown;
        this.reshow = reshow;
        row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        answered = button("Mark as &Answered", "Mark the conversation as answered, so it leaves the unanswered list",
                this::toggleAnswered);
        addContact = button("Add Author as &Contact", "Make the author a new contact; their posts are matched to it",
                this::addAsContact);
        linkContact = button("&Link Author to a Contact...", "The author is one of your contacts: choose which",
                this::linkToContact);
        createCase = button("Create Ca&se", "Open a complaint case for this customer in the pipeline", this::createCase);
        status = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
    }

    private Button button(String text, String tip, Runnable action) {
        Button button = new Button(row, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
        return button;
    }

    /** Offers the actions that fit a post; what was said about another post is cleared. */
    void show(Post post) {
        if (post.id() != shownId) {
            shownId = post.id();
            say("");
        }
        answered.setText(post.answered() ? "Mark as Not &Answered" : "Mark as &Answered");
        boolean unmatched = post.authorPerson() == null;
        visible(addContact, unmatched && OptionalDomains.has(OptionalDomains.CONTACT_SERVICE));
        visible(linkContact, unmatched && people != null);
        visible(createCase, !unmatched && post.label() == SentimentLabel.NEGATIVE
                && OptionalDomains.has(OptionalDomains.CASE_SERVICE));
        row.layout(true, true);
    }

    private static void visible(Button button, boolean visible) {
        button.setVisible(visible);
        ((org.eclipse.swt.layout.GridData) button.getLayoutData()).exclude = !visible;
    }

    void say(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setToolTipText(text);
            row.layout(true);
        }
    }

    /** Marks the shown post's conversation as answered, or not answered when it was. */
    public void toggleAnswered() {
        Post post = shown.get();
        if (post == null) {
            return;
        }
        boolean now = !post.answered();
        write(now ? "Marking as answered" : "Marking as not answered", () -> feed.markAnswered(post.id(), now),
                post.id(), now ? "Marked as answered." : "Marked as not answered.");
    }

    /** Adds the shown post's author as a new contact and links the identity to it. */
    public void addAsContact() {
        Post post = shown.get();
        if (post == null) {
            return;
        }
        write("Adding a contact", () -> {
            PersonRef person = ContactCreator.create(post.author());
            feed.linkIdentity(post.author(), person.id());
        }, post.id(), post.author().label() + " is now a contact.");
    }

    /** Links the shown post's author to a contact the user picks. */
    public void linkToContact() {
        Post post = shown.get();
        if (post == null || people == null) {
            return;
        }
        PersonPickerDialog picker = new PersonPickerDialog(row.getShell(), people,
                "Which contact is @" + post.author().handle() + "?", post.author().displayName());
        if (picker.open() != Window.OK || picker.chosen() == null) {
            return;
        }
        PersonRef person = picker.chosen();
        write("Linking an author to a contact", () -> feed.linkIdentity(post.author(), person.id()), post.id(),
                "@" + post.author().handle() + " is linked to " + person.displayName() + ".");
    }

    /** Opens a case in the pipeline for the shown negative post of a contact. */
    public void createCase() {
        Post post = shown.get();
        if (post == null) {
            return;
        }
        UiJobs.once("Opening a case", row, () -> CaseCreator.create(post),
                id -> say("Case " + id + " opened for " + post.authorPerson().displayName() + " (see Cases)."),
                e -> say("Could not open a case: " + UiJobs.message(e)));
    }

    /** Opens the contact the author is, through the workbench's Open Person command. */
    void openContact() {
        Post post = shown.get();
        if (post == null || post.authorPerson() == null) {
            return;
        }
        try {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            handlers.executeCommand(ParameterizedCommand.generateCommand(
                    commands.getCommand(RapportUi.OPEN_PERSON_COMMAND_ID),
                    Map.of(RapportUi.OPEN_PERSON_ID_PARAMETER, Long.toString(post.authorPerson().id()))), null);
        } catch (Exception e) {
            say("Could not open " + post.authorPerson().displayName() + ": " + UiJobs.message(e));
        }
    }

    /** Opens the post's address in the browser the workbench is set to use. */
    void openInBrowser() {
        Post post = shown.get();
        if (post == null || post.url() == null) {
            return;
        }
        try {
            PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(URI.create(post.url()).toURL());
        } catch (Exception e) {
            if (!Program.launch(post.url())) {
                say("Could not open a browser: " + UiJobs.message(e));
            }
        }
    }

    private void write(String name, Runnable work, long postId, String done) {
        say(name + "\u2026");
        UiJobs.once(name, row, () -> {
            work.run();
            return new PostView.Loaded(feed.post(postId).orElse(null), feed.conversation(postId));
        }, loaded -> {
            reshow.accept(loaded);
            say(done);
        }, e -> say(name + " failed: " + UiJobs.message(e)));
    }

    /** The buttons, for tests: answered, add contact, link contact, create case. */
    Button[] buttons() {
        return new Button[] { answered, addContact, linkContact, createCase };
    }

    /** What the actions said last, for tests. */
    public String status() {
        return status.getText();
    }
}
